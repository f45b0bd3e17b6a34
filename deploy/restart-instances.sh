#!/usr/bin/env bash
# Restarts the app instances one at a time, each only once the one before it answers /readyz with 200, so nginx always
# has an instance to send readers to. Used by deploy/rolling-deploy.sh after it switched `current`; run it alone to
# restart without a new release (or to roll back: point `current` at the previous release first). docs/deploy.md.
#
# Settings (environment):
#   INSTANCES        ports to restart, in order (default: the active dateline@PORT units)
#   RESTART_COMMAND  shell command restarting the instance whose port is $1 (default: systemctl restart "dateline@$1")
#   READY_HOST       where the instances listen (default 127.0.0.1; LISTEN_ADDRESS in dateline.env)
#   READY_TIMEOUT    seconds an instance has to answer /readyz with 200 (default 60)
#   SETTLE_SECONDS   seconds to wait after an instance is ready before restarting the next (default 15): nginx leaves an
#                    instance that refused connections out for fail_timeout (10 s in deploy/nginx.conf) after the last
#                    refusal, and the next one must not stop before nginx has taken this one back and spread the load
#                    again (an instance that stops while it has connections waiting to be accepted resets them).
set -euo pipefail

ready_host=${READY_HOST:-127.0.0.1}
ready_timeout=${READY_TIMEOUT:-60}
settle_seconds=${SETTLE_SECONDS:-15}

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [[ -n ${INSTANCES:-} ]]; then
  read -ra instances <<<"$INSTANCES"
else
  mapfile -t instances < <(systemctl list-units --type=service --state=active --plain --no-legend 'dateline@*.service' |
    sed -nE 's/^dateline@([0-9]+)\.service.*/\1/p')
fi
if ((${#instances[@]} == 0)); then
  say "No instances to restart: no active dateline@PORT unit, and INSTANCES is not set." >&2
  exit 1
fi

# Returns once the old process has exited and the new one is started, as `systemctl restart` does.
restart() {
  bash -c "${RESTART_COMMAND:-systemctl restart \"dateline@\$1\"}" restart "$1"
}

# Polls /readyz until it answers 200; false after READY_TIMEOUT seconds, having said what the instance last answered.
wait_until_ready() {
  local url="http://$ready_host:$1/readyz" deadline=$((SECONDS + ready_timeout)) answer=''
  while ((SECONDS < deadline)); do
    if answer=$(curl -sS --max-time 2 -o - -w '\n%{http_code}' "$url" 2>&1) && [[ ${answer##*$'\n'} == 200 ]]; then
      return 0
    fi
    sleep 0.5
  done
  say "Instance $1 did not answer $url with 200 within $ready_timeout s; it last answered: ${answer//$'\n'/ }" >&2
  return 1
}

say "Restarting ${#instances[@]} instance(s) one at a time: ${instances[*]}."
for index in "${!instances[@]}"; do
  port=${instances[$index]}
  say "Restarting instance $port…"
  restart "$port"
  if ! wait_until_ready "$port"; then
    untouched=("${instances[@]:index+1}")
    say "Rollout stopped at instance $port.${untouched[*]:+ Not restarted, still on the release they were running: ${untouched[*]}.}" >&2
    say "See \`journalctl -u dateline@$port\`. To roll back: ln -sfn PREVIOUS_RELEASE ${DATELINE_ROOT:-/srv/dateline}/current, then run this script again." >&2
    exit 1
  fi
  say "Instance $port is ready."
  if ((index + 1 < ${#instances[@]})); then
    say "Waiting $settle_seconds s for nginx to send it readers again before the next one."
    sleep "$settle_seconds"
  fi
done
say "All ${#instances[@]} instance(s) restarted and ready."
