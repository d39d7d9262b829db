import { defineRule } from '../src/engine/rule.ts';
import { grantsVerbOn } from '../src/rbac/match.ts';
import { roleLabel, roleRules } from '../src/rbac/objects.ts';
import { hasWildcard, roleScope, scaled } from '../src/rbac/scope.ts';

/**
 * Approving a CertificateSigningRequest takes `update` on certificatesigningrequests/approval and
 * `approve` on the signer (resource `signers`, named by signerName), both in certificates.k8s.io
 * (kubernetes.io docs, "Certificates and Certificate Signing Requests", Authorization).
 */
const G = 'certificates.k8s.io';

export default defineRule({
  meta: {
    code: 'LP108',
    name: 'csr-approval',
    severity: 'error',
    category: 'rbac',
    description: 'A role can approve CertificateSigningRequests (and possibly create them).',
    securitySeverity: 8.0,
    tags: ['rbac', 'escalation', 'certificates'],
    messages: {
      approve:
        '{role} can approve CertificateSigningRequests ({scope}){create}: `update` on certificatesigningrequests/approval together with `approve` on signers. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves.',
    },
    docs: {
      whatItDoes:
        'Flags a Role or ClusterRole whose rules together grant `update` (or `patch`) on `certificatesigningrequests/approval` and `approve` on `signers` in `certificates.k8s.io`, at the approval rule; the message says when the role can also `create` CSRs, which lets one subject request and approve its own certificate. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.',
      whyItMatters:
        'The RBAC good practices page ("CSRs and certificate issuing") warns that permission to create and approve CertificateSigningRequests lets a subject issue new client certificates; for the built-in `kubernetes.io/kube-apiserver-client` signer the certificate can name any user or group, including `system:masters`, which RBAC cannot restrict at all.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests"]
  verbs: ["create", "get"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  verbs: ["approve"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  resourceNames: ["example.com/my-signer"]
  verbs: ["approve"]`,
      references: [
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing',
        'https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization',
      ],
    },
  },
  checkObject(obj, ctx) {
    const rules = roleRules(obj);
    if (!rules) return;
    const plain = rules.map((r, i) => ({ r, i })).filter(({ r }) => !hasWildcard(r));
    const approval = plain.find(({ r }) => grantsVerbOn(r, 'update', G, 'certificatesigningrequests', 'approval') || grantsVerbOn(r, 'patch', G, 'certificatesigningrequests', 'approval'));
    // A signer-restricted approve is fine unless it names a built-in kubernetes.io signer.
    const signer = plain.find(({ r }) => grantsVerbOn(r, 'approve', G, 'signers') && (!(r.resourceNames ?? []).length || (r.resourceNames ?? []).some((n) => n.startsWith('kubernetes.io/'))));
    if (!approval || !signer) return;
    const create = plain.some(({ r }) => grantsVerbOn(r, 'create', G, 'certificatesigningrequests'));
    const scope = roleScope(ctx.model.rbac, obj);
    // CSRs and signers are cluster-scoped: through RoleBindings only, nothing here is granted (src/rbac/grant-check.ts).
    if (scope.scope === 'namespace') return;
    ctx.report({
      object: obj,
      path: ['rules', approval.i, 'verbs'],
      messageId: 'approve',
      severity: scaled(ctx.severity, scope.scope),
      data: { role: roleLabel(obj), scope: scope.text, create: create ? ', and create them too' : '' },
    });
  },
});
