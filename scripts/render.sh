#!/usr/bin/env bash
# Renders a generated report to look at it: FILE.docx → FILE.pdf (LibreOffice, headless) and
# FILE-1.png, FILE-2.png, … (pdftoppm), beside the .docx or in OUT_DIR.
#   scripts/render.sh FILE.docx [OUT_DIR]
# Needs (Debian): libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-lxgw-wenkai.
# The government fonts are aliased to free look-alikes by scripts/fonts.conf; the .docx is not changed.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "用法：scripts/render.sh FILE.docx [输出文件夹]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docx="$1"
if [ ! -f "$docx" ]; then
  echo "找不到文件：$docx" >&2
  exit 2
fi
out="${2:-$(dirname "$docx")}"
mkdir -p "$out"
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "缺少 $tool：apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-lxgw-wenkai" >&2
    exit 2
  fi
done
if ! fc-list 2>/dev/null | grep -q "Noto Serif CJK"; then
  echo "提示：未安装 fonts-noto-cjk，中文将以其他字体显示（apt-get install -y fonts-noto-cjk fonts-lxgw-wenkai）" >&2
fi
name="$(basename "${docx%.docx}")"
# A private LibreOffice profile: a running LibreOffice (or a parallel render) would otherwise lock the default one.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
export FONTCONFIG_FILE="$here/fonts.conf"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1 || true
pdf="$out/$name.pdf"
if [ ! -s "$pdf" ]; then
  echo "LibreOffice 未能把 $docx 转成 PDF" >&2
  exit 1
fi
rm -f "$out/$name"-*.png
pdftoppm -r "${RENDER_DPI:-100}" -png "$pdf" "$out/$name"
echo "$pdf"
ls "$out/$name"-*.png
