#!/bin/sh
# Placeholder entry point: `api` and `worker` serve health endpoints,
# `job <name>` runs a scheduled job. Replace with your application.
set -eu
case "${1:-api}" in
  api | worker) exec httpd -f -p 8080 -h /srv/www ;;
  job) echo "job ${2:-unnamed} ran at $(date -u +%Y-%m-%dT%H:%M:%SZ)" ;;
  *) echo "unknown command: $1" >&2; exit 64 ;;
esac
