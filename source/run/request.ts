// What a user asked `docker run` to do, validated: plain data the engine layer turns into a create body.

export type Protocol = 'tcp' | 'udp' | 'sctp';

/** One published port: -p [ip:][hostPort:]containerPort[/proto]. */
export interface PortSpec {
  /** Empty: the engine's default, every address (as the docker CLI). */
  hostIp: string;
  /** Empty: the engine picks a free port; may be a range "8000-8010". */
  hostPort: string;
  containerPort: number;
  protocol: Protocol;
}

/** One -v: a bind mount (absolute host path), a named volume, or an anonymous volume. */
export interface VolumeSpec {
  kind: 'bind' | 'volume' | 'anonymous';
  /** Host path or volume name; absent for anonymous volumes. */
  source?: string;
  target: string;
  /** The mode options as given (ro, rw, z, nocopy…), comma-joined; empty when none. */
  mode: string;
  readOnly: boolean;
}

/** One --mount (type=bind|volume|tmpfs,…). */
export interface MountSpec {
  type: 'bind' | 'volume' | 'tmpfs';
  source?: string;
  target: string;
  readOnly: boolean;
}

export type RestartName = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface RestartSpec {
  name: RestartName;
  /** on-failure only: how many times to try. */
  maxRetries?: number;
}

export interface RunRequest {
  image: string;
  /** Empty: the engine picks a name. */
  name?: string;
  /** Everything after the image: the command and its arguments; empty runs the image's default. */
  command: string[];
  /** --entrypoint; [''] resets the image's entrypoint, as the docker CLI sends it. */
  entrypoint?: string[];
  /** KEY=VALUE, or KEY alone when berth's environment did not have it (the engine then leaves it unset). */
  env: string[];
  volumes: VolumeSpec[];
  mounts: MountSpec[];
  ports: PortSpec[];
  publishAll: boolean;
  labels: Record<string, string>;
  restart: RestartSpec;
  network?: string;
  workdir?: string;
  user?: string;
  hostname?: string;
  detach: boolean;
  interactive: boolean;
  tty: boolean;
  /** --rm: the engine removes the container when it exits. */
  remove: boolean;
}

export function emptyRequest(image = ''): RunRequest {
  return {
    image,
    command: [],
    env: [],
    volumes: [],
    mounts: [],
    ports: [],
    publishAll: false,
    labels: {},
    restart: { name: 'no' },
    detach: false,
    interactive: false,
    tty: false,
    remove: false,
  };
}

/** The fields of the run dialog; parse errors name one so the form can show it beside the field. */
export type RunField =
  | 'flags'
  | 'image'
  | 'name'
  | 'command'
  | 'entrypoint'
  | 'env'
  | 'volumes'
  | 'ports'
  | 'mode'
  | 'restart'
  | 'network'
  | 'labels'
  | 'workdir'
  | 'user'
  | 'hostname'
  | 'remove';

export interface RunError {
  field: RunField;
  /** "--publish \"80x\": not a port number", naming the flag (or field) and the problem. */
  message: string;
}
