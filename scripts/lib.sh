# Shared by scripts/build-site, scripts/test and the bench scripts: install what is missing, quietly.

# Installs the given Debian packages when any is missing.
ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing ${missing[*]} (apt-get)" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Creates .venv with the Python packages the browser tests use, when it is missing or incomplete.
ensure_venv() {
  local root=$1
  if ! "$root/.venv/bin/python" -c "import selenium, pytest, axe_selenium_python, axe_core_python, feedparser, PIL" >/dev/null 2>&1; then
    echo "installing the browser-test Python packages into .venv (pip)" >&2
    python3 -m venv "$root/.venv"
    "$root/.venv/bin/pip" install -q -r "$root/Tests/browser/requirements.txt"
  fi
}

# Stops with a message when the machine has less than the given GiB of memory available: the benchmarks build
# in RAM, and a build the kernel kills for want of memory would end a run midway with nothing said.
ensure_free_memory() {
  local gib=$1 what=$2
  local available
  available=$(awk '/^MemAvailable:/ {print int($2 / 1048576)}' /proc/meminfo)
  if [ "${available:-0}" -lt "$gib" ]; then
    echo "bench: $what needs about $gib GiB of free memory; $available GiB is available. Old sites in /dev/shm hold memory: see 'du -sh /dev/shm/*'" >&2
    exit 1
  fi
}
