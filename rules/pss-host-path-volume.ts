import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA hostPathVolumes). */
export default definePssRule({
  code: "LP305",
  name: "pss-host-path-volume",
  control: "hostPathVolumes",
  description: "A pod mounts a hostPath volume (PSS baseline).",
  securitySeverity: 8.0,
  tags: ["volumes"],
  fix: "Use a persistentVolumeClaim, configMap, secret, emptyDir or CSI volume instead of hostPath.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `restrictedVolumes`.",
  docs: {
    whatItDoes: "Flags every volume with a `hostPath` source. At the restricted level this check is replaced by pss-restricted-volume-type, which forbids hostPath too.",
    whyItMatters: "A hostPath volume exposes the node's file system to the container: writable paths such as /var/run/docker.sock, /etc or /var/lib/kubelet are a direct route to the node.",
    example: `      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock`,
    useInstead: `      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data`,
    references: [],
  },
});
