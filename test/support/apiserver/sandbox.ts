/**
 * Where the test server runs exec'd commands: for real, as root, in network namespaces it creates
 * itself, with the container's capability set as bounding set (and so, for root, as permitted and
 * effective set, as container runtimes do). A "node" namespace holds what the incident's tools
 * look at (a veth interface, a route, an iptables rule, DNS and an HTTP ingress on 127.0.0.1);
 * hostNetwork pods share it, other pods get a namespace of their own. Commands are argument arrays.
 *
 * Needs: ip (iproute2), unshare and setpriv (util-linux), iptables, and root.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CAPABILITY_BITS, expectedCapabilities } from '../../../src/live/caps/capabilities.ts';

export interface ContainerSecurity {
  privileged?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
}

function run(args: string[]): void {
  execFileSync(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], timeout: 15_000 });
}

export class NetnsSandbox {
  readonly id = randomBytes(3).toString('hex');
  readonly nodeNs = `lp-node-${this.id}`;
  private namespaces: string[] = [];
  private services?: ChildProcess;

  async start(dns: { name: string; address: string }): Promise<void> {
    try {
      await this.setUpNode(dns);
    } catch (err) {
      this.stop(); // leave no namespace or /etc/netns entry behind
      throw err;
    }
  }

  private async setUpNode(dns: { name: string; address: string }): Promise<void> {
    this.addNs(this.nodeNs);
    // A veth pair inside the node namespace stands in for the node's uplink (192.0.2.0/24 is
    // TEST-NET-1: nothing is ever sent outside the namespace).
    run(['ip', '-n', this.nodeNs, 'link', 'add', 'lp-eth0', 'type', 'veth', 'peer', 'name', 'lp-eth1']);
    run(['ip', '-n', this.nodeNs, 'addr', 'add', '192.0.2.10/24', 'dev', 'lp-eth0']);
    run(['ip', '-n', this.nodeNs, 'link', 'set', 'lp-eth0', 'up']);
    run(['ip', '-n', this.nodeNs, 'link', 'set', 'lp-eth1', 'up']);
    run(['ip', 'netns', 'exec', this.nodeNs, 'iptables', '-A', 'INPUT', '-p', 'tcp', '--dport', '10250', '-j', 'ACCEPT']);
    const script = fileURLToPath(new URL('./node-services.mjs', import.meta.url));
    const child = spawn('ip', ['netns', 'exec', this.nodeNs, process.execPath, script, dns.name, dns.address], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.services = child;
    await new Promise<void>((ok, fail) => {
      const t = setTimeout(() => fail(new Error('node services did not start in 10 s')), 10_000);
      child.stdout!.once('data', () => {
        clearTimeout(t);
        ok();
      });
      child.once('exit', (code) => fail(new Error(`node services exited with ${String(code)}`)));
    });
  }

  private addNs(ns: string): void {
    run(['ip', 'netns', 'add', ns]);
    this.namespaces.push(ns);
    run(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
    // `ip netns exec` bind-mounts /etc/netns/<ns>/* over /etc: the namespace's own resolv.conf.
    mkdirSync(`/etc/netns/${ns}`, { recursive: true });
    writeFileSync(`/etc/netns/${ns}/resolv.conf`, 'nameserver 127.0.0.1\noptions timeout:2 attempts:1\n');
  }

  /** A network namespace for a pod that does not use the host network. */
  podNamespace(): string {
    const ns = `lp-pod-${this.id}-${this.namespaces.length}`;
    this.addNs(ns);
    return ns;
  }

  /** Start `command` in `netns` with the container's capabilities, in a PID namespace of its own. */
  spawn(netns: string, sec: ContainerSecurity, command: readonly string[], opts: { noBinaries?: boolean } = {}): ChildProcess {
    const caps = expectedCapabilities({ privileged: sec.privileged, add: sec.capabilities?.add, drop: sec.capabilities?.drop }).set;
    const bounding = ['-all', ...caps.filter((c) => CAPABILITY_BITS.includes(c)).map((c) => `+${c.toLowerCase()}`)].join(',');
    const args = ['netns', 'exec', netns, 'unshare', '--pid', '--fork', '--kill-child', '--mount-proc',
      'setpriv', '--bounding-set', bounding, '--',
      // An image without binaries: the command is looked up in an empty PATH, so `env` exits 127.
      ...(opts.noBinaries ? ['env', '-i', 'PATH=/nonexistent'] : []), ...command];
    return spawn('ip', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  }

  stop(): void {
    this.services?.stdin?.end();
    this.services?.kill('SIGKILL');
    for (const ns of this.namespaces.reverse()) {
      try {
        run(['ip', 'netns', 'del', ns]);
      } catch {
        // already gone
      }
      rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
    }
    this.namespaces = [];
  }
}

/** Tools the sandbox and the built-in probes need; a list of the missing ones. */
export function missingTools(tools: readonly string[]): string[] {
  return tools.filter((t) => {
    try {
      execFileSync('sh', ['-c', 'command -v "$1"', 'sh', t], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}
