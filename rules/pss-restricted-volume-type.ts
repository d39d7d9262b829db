import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA restrictedVolumes). */
export default definePssRule({
  code: "LP313",
  name: "pss-restricted-volume-type",
  control: "restrictedVolumes",
  description: "A pod uses a volume type outside the PSS restricted set.",
  securitySeverity: 6.0,
  tags: ["volumes"],
  fix: "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.",
  changes: "one revision (v1.0); the image volume type was added to it in Kubernetes 1.33, so it is allowed at every policy version.",
  docs: {
    whatItDoes: "Flags every volume whose source is not configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret (hostPath, nfs, iscsi, gitRepo, …). A volume naming no source is defaulted to emptyDir by the API server and passes.",
    whyItMatters: "Restricted pods may only use volume types whose access is mediated by PersistentVolumes, CSI drivers or the API server; in-tree network and host volumes let a pod reach storage and hosts directly.",
    example: `      volumes:
        - name: shared
          nfs:
            server: nfs.example
            path: /exports`,
    useInstead: `      volumes:
        - name: shared
          persistentVolumeClaim:
            claimName: shared`,
    references: [],
  },
});
