#!/usr/bin/env bash
# A private Docker engine beside any other (DESIGN.md §6), for tests, the demo and the bench.
#   engine.sh install        install dockerd, busybox-static, the registry, openssl (Debian packages; root only)
#   engine.sh start DIR      start a daemon on unix://DIR/docker.sock with the busybox test image
#   engine.sh stop DIR       stop it and remove DIR
set -euo pipefail

IMAGE=berth-test:latest
need=(dockerd:docker.io busybox:busybox-static docker-registry:docker-registry htpasswd:apache2-utils openssl:openssl)

install() {
  local missing=()
  for pair in "${need[@]}"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair##*:}")
  done
  # the client may be absent when only a newer docker CLI was there before; docker.io brings one
  command -v docker >/dev/null 2>&1 || missing+=(docker.io)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "berth: the test engine needs Debian packages: ${missing[*]}." >&2
    echo "berth: install them as root (apt-get install ${missing[*]}), or point the tests at an engine" >&2
    echo "berth: with BERTH_TEST_DOCKER_HOST=unix:///path/to/docker.sock." >&2
    exit 1
  fi
  echo "berth: installing ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

docker_cli() { docker -H "unix://$1/docker.sock" "${@:2}"; }
# the same, given up after $1 seconds
docker_within() { timeout "$1" docker -H "unix://$2/docker.sock" "${@:3}"; }

import_image() {
  local dir=$1
  docker_cli "$dir" image inspect "$IMAGE" >/dev/null 2>&1 && return 0
  local root="$dir/rootfs"
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
  cp "$(command -v busybox)" "$root/bin/busybox"
  for c in sh ash ls cat echo sleep date wc yes seq head tail hostname env ps top touch mkdir rm \
    printf true false kill grep sed awk tr id whoami uname nc vi more less tee watch; do
    ln -sf busybox "$root/bin/$c"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  echo 'root:x:0:' >"$root/etc/group"
  tar -C "$root" -c . | docker_cli "$dir" import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - "$IMAGE" >/dev/null
  rm -rf "$root"
}

start() {
  local dir=$1
  install
  mkdir -p "$dir"
  if [ -S "$dir/docker.sock" ] && docker_cli "$dir" version >/dev/null 2>&1; then
    import_image "$dir"
    return 0
  fi
  local dockerd
  dockerd=$(command -v dockerd || echo /usr/sbin/dockerd)
  # no bridge and no iptables: the private engine never touches the host's network
  setsid "$dockerd" --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/pid" \
    -H "unix://$dir/docker.sock" --bridge=none --iptables=false --ip-masq=false \
    --containerd-namespace "berth$$" --containerd-plugins-namespace "berthp$$" \
    >"$dir/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 150); do
    if [ -S "$dir/docker.sock" ] && docker_cli "$dir" version >/dev/null 2>&1; then
      import_image "$dir"
      return 0
    fi
    sleep 0.2
  done
  echo "berth: the private engine did not start; its log ($dir/dockerd.log) ends:" >&2
  tail -20 "$dir/dockerd.log" >&2
  exit 1
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  # A user-defined network leaves its bridge interface on the host when dockerd stops with it still
  # there: remove containers and networks first, while the engine still answers.
  # Each step has a time limit: dockerd 20.10 can deadlock in libnetwork when many containers go at once
  # (moby/moby#46661), and then a removal never returns; the engine is killed below all the same.
  if [ -S "$dir/docker.sock" ] && docker_within 10 "$dir" version >/dev/null 2>&1; then
    local ids
    ids=$(docker_within 30 "$dir" ps -aq 2>/dev/null || true)
    [ -n "$ids" ] && { docker_within 60 "$dir" rm -f $ids >/dev/null 2>&1 || true; }
    docker_within 30 "$dir" network prune -f >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/pid" ]; then
    local pid
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  # containerd and shims that dockerd started for this directory go too
  local rest
  for _ in $(seq 1 50); do
    # (not this script or whatever called it, whose command lines may name the directory too)
    rest=$(pgrep -f -- "$dir/" | grep -vx -e "$$" -e "$PPID" || true)
    [ -z "$rest" ] && break
    kill $rest 2>/dev/null || true
    sleep 0.1
  done
  # leftover overlay mounts would make the data directory impossible to remove
  { grep -o " $dir/[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
  for _ in 1 2 3 4 5; do rm -rf "$dir" 2>/dev/null && break; sleep 0.3; done
}

case "${1:-}" in
  install) install ;;
  start) start "${2:?engine.sh start DIR}" ;;
  stop) stop "${2:?engine.sh stop DIR}" ;;
  *) echo "usage: engine.sh install | start DIR | stop DIR" >&2; exit 2 ;;
esac
