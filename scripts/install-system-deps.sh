#!/usr/bin/env bash
# The system packages the tests need: Debian's Chromium (driven by playwright-core; no tool may
# download a browser of its own), Noto CJK fonts, so that Chinese renders in screenshots,
# nginx, the second static host the built site is served from (tests/support/nginx.ts), and
# Java, which runs the W3C Nu Html Checker of the npm package vnu-jar (tests/support/vnu.ts;
# that package's own launcher would download a Java runtime instead).
# Installs them when missing and running as root; otherwise says what to run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || [ -n "${NGINX_PATH:-}" ] || missing+=(nginx)
command -v java >/dev/null || [ -n "${JAVA_HOME:-}" ] || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "测试需要系统软件包：${missing[*]}。请先运行：sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
echo "正在安装测试所需的系统软件包：${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The tests start nginx themselves, in the foreground on a free port: keep apt from starting it as
# a system service on port 80 (which fails, and fails the install, where that port is taken or
# there is no IPv6), as Docker images do with this same file.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
	chmod +x /usr/sbin/policy-rc.d
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
# Slim Debian images leave out the manual pages, and Java's package fails to install without the
# folder its alternatives link a manual page into.
mkdir -p /usr/share/man/man1
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
