#!/usr/bin/env bash
# Ships a new release without downtime (docs/deploy.md): builds it once, checks that its migrations keep what the
# running release reads, migrates, points /srv/dateline/current at it, and restarts the instances one at a time
# (deploy/restart-instances.sh), each once the one before answers /readyz. Readers are served throughout: the running
# release works against the migrated schema (migrations are expand-then-contract), and nginx sends requests to the
# instances that are up.
#
#   deploy/rolling-deploy.sh /srv/dateline/releases/2026-12-02
#
# Run as root (the build runs as the release folder's owner). Settings (environment): DATELINE_ROOT (/srv/dateline),
# ENV_FILE (/etc/dateline/dateline.env), and those of deploy/restart-instances.sh.
set -euo pipefail

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if (($# != 1)) || [[ ! -f $1/package.json ]]; then
  echo "Usage: $0 RELEASE_DIR   (a folder with the new release's code, e.g. /srv/dateline/releases/2026-12-02)" >&2
  exit 2
fi
release=$(realpath "$1")
root=${DATELINE_ROOT:-/srv/dateline}
current="$root/current"
env_file=${ENV_FILE:-/etc/dateline/dateline.env}
previous=$(readlink -f "$current" || true)

# npm and the app's scripts run as the release's owner (the dateline user), with the app's settings.
as_owner() {
  if ((EUID == 0)); then
    runuser -u "$(stat -c %U "$release")" -- "$@"
  else
    "$@"
  fi
}
if [[ -r $env_file ]]; then
  set -a
  # shellcheck source=/dev/null
  . "$env_file"
  set +a
fi

cd "$release"
say "Building $release (npm ci, npm run build)…"
as_owner npm ci
as_owner npm run build

if [[ -n $previous && $previous != "$release" ]]; then
  say "Checking that the new migrations keep what the running release ($previous) reads…"
  as_owner npm run --silent db:check-migrations -- --running "$previous"
fi

say "Migrating the database (npm run db:migrate)…"
as_owner npm run db:migrate

say "Pointing $current at $release (it was ${previous:-not set})."
ln -sfn "$release" "$current"

if ! "$(dirname "$(realpath "$0")")/restart-instances.sh"; then
  say "The rollout stopped: $current points at the new release, the instances not restarted still run the old one." >&2
  [[ -n $previous && $previous != "$release" ]] && say "To roll back: ln -sfn $previous $current && $(dirname "$(realpath "$0")")/restart-instances.sh" >&2
  exit 1
fi
say "Deployed $release."
