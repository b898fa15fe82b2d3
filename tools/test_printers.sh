#!/usr/bin/env bash
# A print system for the printing tests (as root, on Debian): CUPS with PDF printer queues, one
# whose paper is A4 (the default printer), one whose paper is Letter, and one that is stopped
# (as a printer that is switched off). The queues write what they receive as PDF files into one
# folder, named after the job number, which the tests read back.
#   bash tools/test_printers.sh          install what is missing, start cupsd, add the queues
# Idempotent: a running cupsd and existing queues are kept. Needs root (cupsd, lpadmin, apt-get).
set -euo pipefail
OUT=/var/spool/cups-pdf/trajectwijzer-tests
QUEUES=(Trajectwijzer_A4:A4 Trajectwijzer_Letter:Letter Trajectwijzer_Off:A4)
STOPPED=Trajectwijzer_Off

missing=()
command -v cupsd >/dev/null 2>&1 || missing+=(cups)
command -v lp >/dev/null 2>&1 || missing+=(cups-client cups-bsd)
[ -x /usr/lib/cups/backend/cups-pdf ] || missing+=(printer-driver-cups-pdf)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    # In the foreground of its own background job: no init system needed (containers, CI).
    mkdir -p /run/cups
    nohup cupsd -f >/var/log/cups/trajectwijzer-cupsd.log 2>&1 &
    for _ in $(seq 1 100); do
        lpstat -r 2>/dev/null | grep -q "is running" && break
        sleep 0.1
    done
    lpstat -r | grep -q "is running" || { echo "cupsd did not start" >&2; exit 1; }
fi

mkdir -p "$OUT"
chmod 0777 "$OUT"
for entry in "${QUEUES[@]}"; do
    queue=${entry%%:*}
    paper=${entry##*:}
    # A queue with device cups-pdf:/NAME reads /etc/cups/cups-pdf-NAME.conf: where its PDFs go,
    # each named "<title>-job_<number>.pdf" (Label 2), readable by the tests (umask 0000).
    printf 'Out %s\nAnonDirName %s\nLabel 2\nUserUMask 0000\nDecodeHexStrings 1\n' "$OUT" "$OUT" \
        >"/etc/cups/cups-pdf-$queue.conf"
    if ! lpstat -v "$queue" 2>/dev/null | grep -q "cups-pdf:/$queue"; then
        # (lpadmin warns that printer drivers are deprecated: the PPD still works in CUPS 2.4.)
        lpadmin -p "$queue" -E -v "cups-pdf:/$queue" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
            -o "PageSize=$paper" -o "media-default=$paper" -D "PDF ($paper)" 2>/dev/null
    fi
    if [ "$queue" = "$STOPPED" ]; then
        cupsdisable -r "switched off for the tests" "$queue"
    else
        cupsenable "$queue"
    fi
    cupsaccept "$queue"
done
# The system's default printer, so that `trajectwijzer print` without --printer has one.
lpadmin -d "${QUEUES[0]%%:*}"
echo "CUPS is running with the queues ${QUEUES[*]%%:*}; their PDFs go to $OUT"
