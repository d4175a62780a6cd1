#!/usr/bin/env bash
# System packages Onboard needs: tesseract with Korean data (certificate OCR) and Korean fonts
# (the test suite renders its own certificates). Installs them when run as root on Debian or
# Ubuntu; otherwise prints the command to run.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-kor fonts-nanum fonts-noto-cjk fonts-unfonts-core)

# Outputs are captured before grepping: with pipefail, `grep -q` closing the pipe early
# would make the listing command fail with SIGPIPE.
have_all() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local langs fonts
  langs=$(tesseract --list-langs 2>/dev/null) || return 1
  grep -qx kor <<<"$langs" || return 1
  fonts=$(fc-list :lang=ko 2>/dev/null) || return 1
  grep -qi nanum <<<"$fonts" || return 1
}

if have_all; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  have_all || { echo "system packages installed but tesseract/kor or fonts still missing" >&2; exit 1; }
else
  echo "Onboard needs tesseract with Korean data and Korean fonts. Run as root:" >&2
  echo "  apt-get update && apt-get install -y ${packages[*]}" >&2
  exit 1
fi
