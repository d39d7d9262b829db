/**
 * Name syntaxes the API server enforces (kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go: IsDNS1123Label, at most 63 of
 * [a-z0-9-] starting and ending alphanumeric; IsDNS1123Subdomain, at most 253, such labels joined
 * by dots; IsDNS1035Label, a DNS-1123 label that starts with a letter; and
 * staging/src/k8s.io/apimachinery/pkg/api/validation/path/name.go: IsValidPathSegmentName, not "."
 * or "..", no "/" or "%"). Shared by the RBAC model (a binding the API server refuses grants
 * nothing) and live mode (no request is built from a name Kubernetes could not have made).
 */
const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;

export const isDns1123Label = (s: string): boolean => s.length <= 63 && DNS1123_LABEL.test(s);
export const isDns1035Label = (s: string): boolean => s.length <= 63 && DNS1035_LABEL.test(s);
export const isDns1123Subdomain = (s: string): boolean => s.length > 0 && s.length <= 253 && s.split('.').every((l) => l.length > 0 && DNS1123_LABEL.test(l));
export const isPathSegmentName = (s: string): boolean => s.length > 0 && s !== '.' && s !== '..' && !s.includes('/') && !s.includes('%');
