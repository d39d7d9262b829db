/** Volume types (restricted). */
import { volumes } from '../../model/workloads.ts';
import type { PssCheck } from '../types.ts';
import { podSubject, quote } from './helpers.ts';

/** VolumeSource fields of core/v1 Volume (Kubernetes API reference), i.e. every volume type. */
const VOLUME_TYPES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs', 'persistentVolumeClaim',
  'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk',
  'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];
/**
 * check_restrictedVolumes.go (one revision, 1.0): allowed configMap, csi, downwardAPI, emptyDir, ephemeral,
 * persistentVolumeClaim, projected, secret — and image, added to the 1.0 revision in Kubernetes 1.33
 * (PR #130394), so it applies at every policy version.
 */
export const ALLOWED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret']);

/**
 * A volume that names no source is defaulted to emptyDir by the API server before admission, so it
 * passes, as it does in a cluster.
 */
export const restrictedVolumes: PssCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  source: 'check_restrictedVolumes.go',
  versions: [
    {
      minMinor: 0,
      overrides: ['hostPathVolumes'],
      check: (pod) =>
        volumes(pod).flatMap((v) => {
          const type = VOLUME_TYPES.find((t) => v.volume[t] !== undefined && v.volume[t] !== null);
          return type && !ALLOWED_VOLUME_TYPES.has(type)
            ? [{ path: [...v.path, type], subject: podSubject(pod), detail: `mounts volume ${quote(v.volume.name)} of type ${type}` }]
            : [];
        }),
    },
  ],
};
