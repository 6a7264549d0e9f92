#!/usr/bin/env bash
# Installs the Debian packages ESIP needs when they are missing (idempotent, quick when all are present).
#   --runtime   only what the platform uses at run time (./esip): Tesseract with Chinese data, espeak-ng, ffmpeg, CJK fonts
#   (default)   also what the tests need: Debian's Chromium and ChromeDriver for the browser tests
# Installs with apt-get as root or through passwordless sudo, saying what it installs; otherwise it stops at once
# with the one command that installs them.
set -euo pipefail
runtime=(tesseract-ocr tesseract-ocr-osd tesseract-ocr-chi-sim tesseract-ocr-chi-sim-vert tesseract-ocr-eng
         espeak-ng ffmpeg fonts-noto-cjk fonts-wqy-zenhei)
tests=(chromium chromium-driver)
pkgs=("${runtime[@]}")
[ "${1:-}" = "--runtime" ] || pkgs+=("${tests[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "esip: missing system packages: ${missing[*]}; this is not a Debian machine, install their equivalents" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "esip: missing system packages: ${missing[*]}" >&2
    echo "esip: install them with: sudo bash $here/install-system-deps.sh" >&2
    exit 1
  fi
fi
echo "esip: installing missing system packages: ${missing[*]} (apt-get)…" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
echo "esip: installed ${missing[*]}" >&2
