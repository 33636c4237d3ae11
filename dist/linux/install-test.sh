#!/usr/bin/env bash
# Installs the UsThem .deb the way a user would, checks what it installed and that the installed
# `usthem` works, then removes it and checks that nothing is left:
#
#   dist/linux/install-test.sh target/dist/usthem_0.1.0-1_amd64.deb [SCREENSHOT.png]
#
# As root it installs into this machine with apt-get, which also brings the libraries the package
# depends on, and purges it at the end. As another user it unpacks the package into a scratch root
# instead and runs the command from there (menu entry, dpkg's bookkeeping and removal unchecked).
# With xvfb-run it also opens the installed app in a virtual display (and saves SCREENSHOT.png of
# it when ImageMagick's `import` is there); with zsh and tmux it also tries zsh's Tab completion.
# Every check prints "ok: ..."; the first that fails prints "FAILED: ..." and exits 1.
set -euo pipefail

deb=$(realpath "${1:?usage: install-test.sh PACKAGE.deb [SCREENSHOT.png]}")
screenshot=${2:-}
checks=0
tmp=$(mktemp -d)
home="$tmp/home"          # the user's home for every run of the app: what it writes is checked
mkdir -p "$home"

ok() { checks=$((checks + 1)); echo "ok: $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing: this test needs a Debian-based system"

# --- The package itself -------------------------------------------------------------------------
package=$(dpkg-deb --field "$deb" Package)
version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)
echo "package $package $version, $(du -k "$deb" | cut -f1) KiB, installs $(dpkg-deb --field "$deb" Installed-Size) KiB"
[[ $package == usthem ]] || fail "package name is '$package', not usthem"
# jpackage derives the dependencies from the libraries of the build machine: without GTK 3 there,
# the package would install on a desktop without the library its window needs.
[[ ", $depends," == *", libgtk-3-0,"* ]] || fail "Depends lacks libgtk-3-0: $depends"
ok "package usthem depends on libgtk-3-0"

# --- Install ------------------------------------------------------------------------------------
if [[ $(id -u) -eq 0 ]]; then
  mode=system
  root=""
  if dpkg-query -W -f '${Status}' usthem 2>/dev/null | grep -q "ok installed"; then
    fail "usthem is already installed here; this test installs and removes it, so it leaves this machine alone"
  fi
  trap 'dpkg --purge usthem >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" > "$tmp/apt.log" 2>&1; then
    cat "$tmp/apt.log" >&2
    fail "apt-get could not install $deb"
  fi
  ok "installed with apt-get"
  usthem=$(command -v usthem || true)
  [[ $usthem == /usr/bin/usthem ]] || fail "usthem on the PATH is '$usthem', not /usr/bin/usthem"
  ok "usthem is on the PATH"
else
  mode=scratch
  root="$tmp/root"
  trap 'rm -rf "$tmp"' EXIT
  dpkg-deb --extract "$deb" "$root"
  ok "unpacked into the scratch root $root (not root, so not installed)"
  usthem="$root/opt/usthem/bin/UsThem"
fi
[[ $(readlink "$root/usr/bin/usthem") == /opt/usthem/bin/UsThem ]] || fail "/usr/bin/usthem does not point to the launcher"
ok "/usr/bin/usthem runs /opt/usthem/bin/UsThem"

# --- The command, run as a user would ------------------------------------------------------------
# Java takes the home folder from the password database, not $HOME: user.home points it here.
export HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=C.UTF-8
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
unset USTHEM_WORKSPACE
run_usthem() {
  "$usthem" "$@" 2> "$tmp/stderr" || { cat "$tmp/stderr" >&2; fail "usthem $* failed"; }
}
version_out=$(run_usthem --version)
sed 's/^/  | /' <<< "$version_out"
[[ $(sed -n 1p <<< "$version_out") == "UsThem ${version%-*}"* ]] || fail "usthem --version does not name version ${version%-*}"
[[ $(sed -n 2p <<< "$version_out") == "model: the default model shipped with UsThem ("* ]] \
  || fail "usthem --version does not name the shipped model"
ok "usthem --version names the version and the model in use"

score_out=$(run_usthem score --json "If you sign today, your crew starts Tuesday.")
echo "  | ${score_out:0:100}..."
[[ $score_out == '{"label":"sales",'* ]] || fail "usthem score --json did not say sales: $score_out"
ok "usthem score --json scores text"

models_out=$(run_usthem models)
[[ $models_out == *"* v0001"* ]] || fail "usthem models did not set up a workspace with v0001: $models_out"
ok "usthem models sets up the workspace from the shipped corpus and model"

# --- The desktop app -----------------------------------------------------------------------------
if command -v xvfb-run >/dev/null; then
  cat > "$tmp/open-app.sh" <<'SCRIPT'
# Runs inside xvfb-run: opens the app, waits for its first interactive frame, takes the screenshot.
"$1" 2> "$2" &
app=$!
for _ in $(seq 600); do grep -q "startup: ready" "$2" && break; sleep 0.1; done
sleep 1
[[ -n $3 ]] && command -v import >/dev/null && import -window root "$3"
kill $app
wait $app || true
SCRIPT
  JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dorg.slf4j.simpleLogger.log.com.usthem.app=info" \
    xvfb-run -a -s "-screen 0 1400x900x24" bash "$tmp/open-app.sh" "$usthem" "$tmp/app.log" "$screenshot"
  ready=$(grep -o "startup: ready .*" "$tmp/app.log" || true)
  [[ -n $ready ]] || { cat "$tmp/app.log" >&2; fail "the installed app did not open its window"; }
  ok "the installed app opens its window ($ready)"
  [[ -n $screenshot && -f $screenshot ]] && echo "  screenshot: $screenshot"
else
  echo "skipped: xvfb-run is missing, so the window was not opened (Debian package xvfb)"
fi

# --- Nothing written outside the user's workspace and settings -----------------------------------
# .cache/dconf is GTK's own settings cache, written by the toolkit for any GTK window.
strays=$(cd "$home" && find . -mindepth 1 \( -path ./.usthem -o -path ./.config -o -path ./.cache \) -prune -o -print)
strays+=$(cd "$home" && find ./.config ./.cache -mindepth 1 -maxdepth 1 ! -name usthem ! -name dconf 2>/dev/null || true)
[[ -z $strays ]] || fail "the app wrote outside its workspace and settings: $strays"
ok "the app wrote only to ~/.usthem and ~/.config/usthem"
if [[ $mode == system ]]; then
  changed=$(dpkg --verify usthem || true)
  [[ -z $changed ]] || fail "installed files changed: $changed"
  ok "dpkg --verify: no installed file changed"
fi

# --- Menu entry ----------------------------------------------------------------------------------
if [[ $mode == system ]]; then
  desktop=/usr/share/applications/usthem.desktop
  [[ -f $desktop ]] || fail "no menu entry $desktop"
  grep -qx "Name=UsThem" "$desktop" || fail "the menu entry is not named UsThem"
  grep -qx "Exec=/opt/usthem/bin/UsThem" "$desktop" || fail "the menu entry does not run the launcher"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [[ -f $icon ]] || fail "the menu entry's icon '$icon' is missing"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
  fi
  ok "menu entry UsThem with its icon"
fi

# --- Shell completion ----------------------------------------------------------------------------
bash_completion="$root/usr/share/bash-completion/completions/usthem"
offered=$(bash --norc --noprofile -c 'source "$1"; COMP_WORDS=(usthem score --js); COMP_CWORD=2
  COMP_LINE="usthem score --js"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_usthem 2>/dev/null
  echo "${COMPREPLY[*]}"' _ "$bash_completion")
[[ $offered == "--json --jsonl" ]] || fail "bash completes 'usthem score --js' to '$offered'"
ok "bash completes 'usthem score --js' to --json --jsonl"
if [[ $mode == system ]] && command -v zsh >/dev/null && command -v tmux >/dev/null; then
  # A real interactive zsh, typed into through tmux: Tab after "usthem sc" must give "usthem score".
  session="usthem-install-test-$$"
  tmux -L "$session" new-session -d -s "$session" -x 150 -y 20 "zsh -f"
  tmux -L "$session" send-keys -t "$session" "fpath=(/usr/share/zsh/vendor-completions \$fpath); autoload -U compinit; compinit -u -d $tmp/zcompdump; clear" Enter
  sleep 2
  tmux -L "$session" send-keys -t "$session" "usthem sc" Tab
  for _ in $(seq 50); do
    screen=$(tmux -L "$session" capture-pane -p -t "$session")
    [[ $screen == *"usthem score"* ]] && break
    sleep 0.2
  done
  tmux -L "$session" kill-server
  [[ $screen == *"usthem score"* ]] || fail "zsh did not complete 'usthem sc': $screen"
  ok "zsh completes 'usthem sc' to 'usthem score'"
else
  echo "skipped: zsh completion not tried (needs the package installed as root, zsh and tmux)"
fi

# --- Removal -------------------------------------------------------------------------------------
if [[ $mode == system ]]; then
  dpkg --purge usthem > "$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log" >&2; fail "dpkg --purge usthem failed"; }
  for gone in /usr/bin/usthem /opt/usthem /usr/share/applications/usthem.desktop \
      /usr/share/bash-completion/completions/usthem /usr/share/zsh/vendor-completions/_usthem; do
    [[ ! -e $gone && ! -L $gone ]] || fail "$gone is still there after removal"
  done
  ok "removed: no command, files, menu entry or completion left"
fi
echo "install test passed: $checks checks ($mode install of $package $version)"
