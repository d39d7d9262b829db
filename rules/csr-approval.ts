import { defineRule } from '../src/engine/rule.ts';
import { grantsVerbOn } from '../src/rbac/match.ts';
import { roleLabel, roleRules } from '../src/rbac/objects.ts';
import { hasWildcard, roleScope, scaled } from '../src/rbac/scope.ts';
import { principalLabel, userOf } from '../src/rbac/subjects.ts';
import type { Grant, RbacGraph } from '../src/rbac/graph.ts';
import type { K8sObject } from '../src/input/types.ts';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';

/**
 * Approving a CertificateSigningRequest takes `update` on certificatesigningrequests/approval and
 * `approve` on the signer (resource `signers`, named by signerName), both in certificates.k8s.io
 * (kubernetes.io docs, "Certificates and Certificate Signing Requests", Authorization).
 */
const G = 'certificates.k8s.io';

/** A signer rule the approval half needs: `approve` on every signer, or on a built-in kubernetes.io one. */
const approvesBuiltinSigner = (r: PolicyRule): boolean =>
  grantsVerbOn(r, 'approve', G, 'signers') && (!(r.resourceNames ?? []).length || (r.resourceNames ?? []).some((n) => n.startsWith('kubernetes.io/')));

/**
 * A subject that a ClusterRoleBinding gives this role (directly or through aggregation) and that
 * a ClusterRoleBinding (another, or the same one when both roles are aggregated into the role it
 * binds) gives `approve` on a built-in signer. Signers and CSRs are cluster-scoped:
 * only ClusterRoleBindings grant them (rulesFor with namespace '').
 */
function signerFromOtherBindings(obj: K8sObject, graph: RbacGraph): { subject: string; grant: Grant } | undefined {
  const role = graph.roleOf(obj);
  if (!role) return undefined;
  for (const b of graph.bindingsReaching(role)) {
    if (b.kind !== 'ClusterRoleBinding') continue;
    for (const s of b.subjects) {
      const user = userOf(s.principal) ?? { name: '', groups: [s.principal.name] };
      const grant = graph.rulesFor(user, '').find((g) => approvesBuiltinSigner(g.rule.rule));
      if (grant) return { subject: principalLabel(s.principal), grant };
    }
  }
  return undefined;
}

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
      approveCombined:
        '{role} grants `update` on certificatesigningrequests/approval ({scope}), and {subject} also gets `approve` on signers from {other} through {binding}: together they approve CertificateSigningRequests. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves, or keep the two grants apart.',
      approve:
        '{role} can approve CertificateSigningRequests ({scope}){create}: `update` on certificatesigningrequests/approval together with `approve` on signers. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves.',
    },
    docs: {
      whatItDoes:
        'Flags a Role or ClusterRole whose rules together grant `update` (or `patch`) on `certificatesigningrequests/approval` and `approve` on `signers` in `certificates.k8s.io`, at the approval rule; the message says when the role can also `create` CSRs, which lets one subject request and approve its own certificate. The two halves can come from two roles: a role with only the approval half is flagged when a ClusterRoleBinding gives one of its subjects `approve` on a built-in signer through another role (RBAC permissions add up across bindings); the message names that role and binding. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.',
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
    const scopeOf = () => roleScope(ctx.model.rbac, obj).scope;
    const approval = plain.find(({ r }) => grantsVerbOn(r, 'update', G, 'certificatesigningrequests', 'approval') || grantsVerbOn(r, 'patch', G, 'certificatesigningrequests', 'approval'));
    // A signer-restricted approve is fine unless it names a built-in kubernetes.io signer.
    const signer = plain.find(({ r }) => approvesBuiltinSigner(r));
    if (approval && !signer && scopeOf() !== 'namespace') {
      // RBAC adds up across bindings (RulesFor has no deny): `approve` on a signer may come from
      // another role a ClusterRoleBinding gives the same subject. Reported here, on the approval half
      // only, so the two roles of one path give one finding.
      const other = signerFromOtherBindings(obj, ctx.model.rbac);
      if (other) {
        const scope = roleScope(ctx.model.rbac, obj);
        ctx.report({
          object: obj,
          path: ['rules', approval.i, 'verbs'],
          messageId: 'approveCombined',
          severity: scaled(ctx.severity, scope.scope),
          data: { role: roleLabel(obj), scope: scope.text, subject: other.subject, other: `${roleLabel(other.grant.rule.source)} (${other.grant.rule.source.object ? ctx.where(other.grant.rule.source.object, ['rules', other.grant.rule.index]) : 'built-in'})`, binding: `${other.grant.binding.kind} ${other.grant.binding.name}` },
        });
      }
      return;
    }
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
