#!/usr/bin/env bash
# GUI test of the whole project workflow, through the real windows under Xvfb (--test-script, see
# src/gui/test_script.h): create a project in the New project dialog, log two revisions from files, open
# Compare, generate and issue a notice, look at the History tab and export it. After each step the app
# checks what its windows show (`expect` lines); this script takes the screenshots the app asks for, then
# checks the results from outside: the ledger as the CLI reads it, the PDF, the CSV, the pictures.
# Scenarios: en and ko (a text brochure in English or Korean, with the interface in that language) and
# images (a designer's project: two PNG revisions, dropped on the window together in the wrong order,
# logged in the order of their names and compared with their changed regions outlined), and withdraw (a
# revision logged by mistake withdrawn in the window and restored, the figures checked through the CLI).
# Usage: project_workflow.sh APP CLI OUT_DIR DATA_DIR SCENARIO
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/xvfb_lib.sh"

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 out_dir=$4 script=$5 lang=$6
  "$app" --db "$db" --lang "$lang" --test-script "$script" --test-out "$out_dir" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wait_for_window '^ *0x[0-9a-f]+ "Scopekeeper":' "$pid" >/dev/null
  # Answer the app's screenshot requests until it exits.
  while kill -0 "$pid" 2>/dev/null; do
    for want in "$out_dir"/*.want; do
      [[ -e "$want" ]] || continue
      name=$(basename "$want" .want)
      sleep 1  # let GTK finish painting
      import -window root "$out_dir/$name.png"
      rm "$want"
      touch "$out_dir/$name.done"
    done
    sleep 0.2
  done
  trap - EXIT
  wait "$pid"
  exit $?
fi

app=$1 cli=$2 out_dir=$3 data=$4 scenario=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$out_dir/workflow-$scenario"
rm -rf "$out"
mkdir -p "$out"
db="$work/ledger.db"
lang=$scenario

if [[ $scenario == shared ]]; then
  # The window and the CLI on one ledger while the window's own process opens and closes the ledger's
  # files: the real file dialog showing the ledger's folder, then a plain open and close. After each, the
  # CLI uses the ledger (and closes it, as the last user it may think it is); what the window writes next
  # must reach the ledger the CLI reads, and the window must never hold a deleted -wal or -shm.
  count="$cli --db $db history 1 --json | jq '.revisions | length'"
  cat > "$work/script.txt" <<SCRIPT
new-project Shared ledger | Harbour Dental | en | 2 | 30 | 100
paste-revision One two three four five six seven eight nine ten.
expect Revisions: 1
file-dialog $work
run $cli --db $db project list >/dev/null
paste-revision One two three four five six seven eight nine eleven.
expect Revisions: 2
run test "\$($count)" = 2
touch-ledger-file
run $cli --db $db project list >/dev/null
paste-revision One two three four five six seven eight twelve eleven.
expect Revisions: 3
run test "\$($count)" = 3
expect-no-deleted-ledger-files
run $cli --db $db project add --title "From the CLI" --client "Peer" --rounds 1 --max-share 20 >/dev/null
touch-ledger-file
paste-revision One two three four five six seven thirteen twelve eleven.
expect Revisions: 4
run test "\$($count)" = 4
expect-no-deleted-ledger-files
SCRIPT
  HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" en \
    || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }
  # After the window has gone, everything both programs wrote is in the ledger.
  [[ $(eval "$count") == 4 ]] || { echo "FAIL: the ledger lost revisions the window logged" >&2; exit 1; }
  [[ $("$cli" --db "$db" project list --json | jq length) == 2 ]] || { echo "FAIL: projects lost" >&2; exit 1; }
  "$cli" --db "$db" history 1 >/dev/null
  echo "workflow (shared): the window and the CLI kept every record"
  exit 0
fi

if [[ $scenario == chores ]]; then
  # A freelancer's everyday chores in the window: the New project dialog's keyboard order; correcting a
  # project's details (client renamed, language, currency, greeting) and reopening it after the CLI
  # closed it; what the CLI logs while the window is open shows up by itself within a few seconds.
  cp "$data/brochure-v1.txt" "$work/brochure-v1.txt"
  cat > "$work/script.txt" <<SCRIPT
tab-order Title | Currency | Name | Email | Notice language | Contact person | Greeting | Included rounds
new-project Chores | Nordic Bloom | en | 2 | 30 | 100
expect Header: Chores | Nordic Bloom
tab revisions
expect Revisions: 0
run $cli --db $db revision add 1 $work/brochure-v1.txt >/dev/null
expect-within 5 | Revisions: 1
paste-revision A second version the client pasted into an email.
expect Message: Revision 2 logged
run $cli --db $db revision withdraw 1 2 --reason "pasted into the wrong project" >/dev/null
expect-within 5 | Withdrawn on
expect-not Message: Revision 2 logged
shoot-next-dialog edit-dialog
edit-project Spring chores | Nordic Bloom Studio | ro | RON | ana@nordic.example | Ana Popescu | Stimată doamnă Popescu,
expect Header: Spring chores | Nordic Bloom Studio
expect Status: 7 changes saved and logged in the history
screenshot edited
run $cli --db $db project close 1 >/dev/null
expect-within 5 | closed on
edit-project Spring chores | Nordic Bloom Studio | ro | RON | ana@nordic.example | Ana Popescu | Stimată doamnă Popescu, | reopen
expect-within 5 | Revisions: 2
backup $work/copy.db
run $cli --db $db project add --title "After the backup" --client Peer --rounds 1 --max-share 20 >/dev/null
run $cli --db $db project list | grep -q "After the backup"
restore $work/copy.db
expect Projects: 1
expect Spring chores
SCRIPT
  HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" en \
    || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }
  history=$("$cli" --db "$db" history 1 --json)
  check() { # JQ_FILTER DESCRIPTION
    [[ $(jq -r "$1" <<<"$history") == true ]] || { echo "FAIL: in the ledger, $2" >&2; exit 1; }
  }
  check '.project.title == "Spring chores" and .project.client == "Nordic Bloom Studio"' "the edited title and client"
  check '.project.language == "ro" and .project.currency == "RON" and .project.contact == "Ana Popescu"' "the edited details"
  check '.project.salutation == "Stimată doamnă Popescu," and .project.status == "open"' "the greeting, reopened"
  check '[.events[].kind] == ["project.created", "revision.logged", "revision.logged", "revision.withdrawn", "project.edited", "project.closed", "project.reopened"]' \
    "each change logged"
  check '.events[4].detail | contains("client'"'"'s name: \"Nordic Bloom\" → \"Nordic Bloom Studio\"")' "the rename in words"
  assert_not_blank "$out/edited.png" 64
  assert_not_blank "$out/edit-dialog.png" 64
  # The restore replaced the project added after the backup, and kept it in a safety copy beside the ledger.
  [[ $("$cli" --db "$db" project list --json | jq length) == 1 ]] || { echo "FAIL: the restore did not replace the ledger" >&2; exit 1; }
  safety=$(ls "$db".before-restore-*.bak)
  [[ $("$cli" --db "$safety" project list --json | jq length) == 2 ]] || { echo "FAIL: the safety copy lacks a project" >&2; exit 1; }
  echo "workflow (chores): edited, reopened and refreshed; record in $out"
  exit 0
fi

if [[ $scenario == withdraw ]]; then
  # A revision logged by mistake: withdrawn through the Revisions tab (the reason typed into its dialog), it
  # leaves the rounds and the figures and is shown greyed with its day and reason; restored, every figure is
  # what it was. The CLI reads the ledger between the steps.
  today=$(date +%F)
  today_shown=$(date +%d/%m/%Y)  # the window writes dates the British way by default
  figures="$cli --db $db history 1 --json | jq -c '[.revisions[] | [.number, .round, .counted, .against, .changed_share, .status]]'"
  cat > "$work/script.txt" <<SCRIPT
new-project Wrong file | Harbour Dental | en | 2 | 30 | 100
paste-revision One two three four five six seven eight nine ten.
paste-revision One two three four five six seven eight nine eleven.
paste-revision One two three four five six seven eight twelve eleven.
expect Revisions: 3
expect Rounds used: 2 of 2 included.
run $figures > $work/before.json
withdraw-revision 2 | Logged to the wrong project
expect Message: Revision 2 withdrawn
expect 2 | withdrawn | $today
expect | - | Withdrawn on $today_shown: Logged to the wrong project
expect Rounds used: 1 of 2 included.
run test "\$($cli --db $db history 1 --json | jq -r '.revisions[1].withdrawn_on')" = $today
run test "\$($cli --db $db history 1 --json | jq -r '.revisions[2].against')" = 1
screenshot withdrawn
tab history
expect Revision withdrawn | revision 2 withdrawn on $today: Logged to the wrong project
expect withdrawn on $today_shown: Logged to the wrong project
restore-revision 2
expect Message: Revision 2 restored.
expect Rounds used: 2 of 2 included.
tab history
expect Revision restored | revision 2 restored
run test "\$($figures)" = "\$(cat $work/before.json)"
SCRIPT
  HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" en \
    || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }
  # Nothing was erased: three revisions, the withdrawal and the restore both in the event log, and the
  # figures as before the withdrawal.
  after=$(eval "$figures")
  [[ $after == "$(cat "$work/before.json")" ]] \
    || { echo "FAIL: the figures did not come back: $after, before $(cat "$work/before.json")" >&2; exit 1; }
  kinds=$("$cli" --db "$db" history 1 --json | jq -r '[.events[].kind] | join(" ")')
  [[ $kinds == *"revision.withdrawn revision.restored" ]] || { echo "FAIL: events logged: $kinds" >&2; exit 1; }
  [[ $("$cli" --db "$db" history 1 --json | jq '.revisions | length') == 3 ]] || { echo "FAIL: revisions lost" >&2; exit 1; }
  assert_not_blank "$out/withdrawn.png" 64
  echo "workflow (withdraw): withdrawn and restored; screenshot in $out"
  exit 0
fi

if [[ $scenario == approval_* ]]; then
  # Issue 17's story in the window, in the interface language of the scenario: terms agreed in February
  # with a feedback window of 5 business days (6 March a non-working day) typed into the Terms tab;
  # delivery 1 on 2 March, the client's comments on 4 March (logged by the CLI while the window is open),
  # delivery 2 on 12 March, then silence: delivery 2 counts as approved by the window on 20 March; a
  # third delivery is approved explicitly.
  lang=${scenario#approval_}
  printf 'Our spring brochure presents the new garden tools in twelve short sections.\n' > "$work/v1.txt"
  printf 'Our spring brochure presents the new garden tools in ten short sections.\n' > "$work/r1.txt"
  printf 'Our spring brochure presents the new garden tools in ten brief sections.\n' > "$work/v2.txt"
  printf 'Our spring brochure presents the garden tools in ten brief sections.\n' > "$work/v3.txt"
  printf 'Our spring brochure presents the garden tools in nine brief sections.\n' > "$work/v4.txt"
  cat > "$work/script.txt" <<SCRIPT
new-project Spring brochure | Northwind Books | $lang | 2 | 30 | 150 | Sarah Thompson | | 2026-02-16
feedback-window 5 | 2026-03-06 | 2026-02-16
expect Form: rounds 2, max share 30%, extra round 150, feedback days 5, non-working 2026-03-06
record-delivery $work/v1.txt | 2026-03-02
tab revisions
run $cli --db $db revision add 1 $work/r1.txt --date 2026-03-04 >/dev/null
expect-within 5 | Revisions: 1
record-delivery $work/v2.txt | 2026-03-12
tab deliveries
expect Deliveries: 2
screenshot deliveries
record-delivery $work/v3.txt | 2026-04-01
approve-delivery 3 | 2026-04-02 | by email
expect Deliveries: 3
record-delivery $work/v4.txt | $(date +%F)
expect Deliveries: 4
show-projects
screenshot projects
SCRIPT
  HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" "$lang" \
    || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }
  states=$("$cli" --db "$db" delivery list 1 --json | jq -c '[.[] | [.state, .last_comment_day, .approved_on]]')
  states=$(jq -c '.[0:3]' <<<"$states")
  expected='[["answered","2026-03-10",null],["approved-by-window","2026-03-19","2026-03-20"],["approved","2026-04-08","2026-04-02"]]'
  [[ $states == "$expected" ]] || { echo "FAIL: deliveries stand as $states, expected $expected" >&2; exit 1; }
  # What the window showed is the same, in the interface language.
  case $lang in
    en) shown="Approved from 20/03/2026: no comments within the agreed feedback window (last day 19/03/2026)" ;;
    ko) shown="2026. 03. 20." ;;
    ro) shown="20.03.2026" ;;
  esac
  grep -qF -- "$shown" "$out/steps.txt" || { echo "FAIL: the Deliveries tab did not show \"$shown\"" >&2; exit 1; }
  # Today's delivery is due: the CLI lists it, and the Projects list says until when, in the language's form.
  last=$("$cli" --db "$db" due --json | jq -r '.[0].last_comment_day')
  case $lang in
    en) due_shown="Comments by $(date -d "$last" +%d/%m/%Y)" ;;
    ko) due_shown="$(date -d "$last" +'%Y. %m. %d.')" ;;
    ro) due_shown="$(date -d "$last" +%d.%m.%Y)" ;;
  esac
  tail -n 5 "$out/steps.txt" | grep -qF -- "Spring brochure | Northwind Books" \
    && tail -n 5 "$out/steps.txt" | grep -F -- "Spring brochure | Northwind Books" | grep -qF -- "$due_shown" \
    || { echo "FAIL: the Projects list does not show \"$due_shown\"" >&2; tail -n 5 "$out/steps.txt" >&2; exit 1; }
  assert_not_blank "$out/deliveries.png" 64
  echo "workflow ($scenario): delivered, answered, approved by the window and by email"
  exit 0
fi

if [[ $scenario == images ]]; then
  lang=en
  # A poster and the client's revision of it: one block recoloured and a badge added.
  convert -size 480x320 xc:'#F4F1EA' -fill '#1F4E8C' -draw 'rectangle 40,40 300,140' \
    -fill '#C8553D' -draw 'circle 380,220 380,270' "$work/poster-v1.png"
  convert -size 480x320 xc:'#F4F1EA' -fill '#2E7D32' -draw 'rectangle 40,40 300,140' \
    -fill '#C8553D' -draw 'circle 380,220 380,270' -fill '#F2C14E' -draw 'rectangle 60,220 180,290' \
    "$work/poster-v2.png"
  cat > "$work/script.txt" <<SCRIPT
new-project Festival poster | Harbour Arts | en | 2 | 10 | 200
drop $work/poster-v2.png | $work/poster-v1.png
expect Revisions: 2
expect poster-v2.png
compare 2
expect of the pixels
screenshot compare
generate-notice-signing Alex Morgan
expect over-scope
issue-notice $out/notice.pdf
expect Notices sent: 1
SCRIPT
  HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" en \
    || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }
  # Both dropped files were logged, in the order of their names; the share the window showed is the
  # ledger's, as the CLI reads it, and the regions are outlined.
  files=$("$cli" --db "$db" history 1 --json | jq -r '[.revisions[].file] | join(" ")')
  [[ $files == "poster-v1.png poster-v2.png" ]] || { echo "FAIL: dropped files logged as: $files" >&2; exit 1; }
  share=$("$cli" --db "$db" history 1 --json | jq '.revisions[1].changed_share')
  [[ $(jq -n "$share > 0.1 and $share < 0.3") == true ]] || { echo "FAIL: unexpected image share $share" >&2; exit 1; }
  assert_not_blank "$out/compare.png" 16
  # The notice the window saved shows the new version (480 × 320) with its changed areas outlined.
  pdfimages -list "$out/notice.pdf" | grep -Eq 'image +480 +320 +rgb' \
    || { echo "FAIL: the image notice has no picture of the new version" >&2; pdfimages -list "$out/notice.pdf" >&2; exit 1; }
  echo "workflow (images): share $share; screenshots and record in $out"
  exit 0
fi

if [[ $lang == ko ]]; then
  # A contact person and a greeting chosen by hand; the letter opens with it.
  project="봄 브로슈어 카피 | 김지우 디자인 | ko | 2 | 10 | 150000 | 박서준 | 김지우 디자인 박서준 팀장님께"
  title="봄 브로슈어 카피" client="김지우 디자인" greeting="김지우 디자인 박서준 팀장님께" contact="박서준"
  reply_by_shown="2030. 01. 15."  # dates in the window as Korean writes them
  copied_shown="제목과 본문을 복사했습니다."
else
  # A contact person and no greeting: the language's own ("Dear Sarah,", not the full name).
  # Terms agreed a month before the project is recorded (the dialog's "Agreed on").
  agreed=$(date -d '30 days ago' +%F)
  project="Spring brochure copy | Northwind Books | $lang | 2 | 10 | 150 | Sarah Thompson | | $agreed"
  title="Spring brochure copy" client="Northwind Books" greeting="Dear Sarah," contact="Sarah Thompson"
  reply_by_shown=15/01/2030  # British order by default, not the C locale's American one
  copied_shown="Copied: the subject line"
fi
# Stands in for xdg-email: keeps its arguments, one per line.
printf '#!/bin/sh\nfor a in "$@"; do printf "%%s\\n" "$a"; done > "%s/xdg-email.args"\n' "$work" > "$work/fake-xdg-email"
chmod +x "$work/fake-xdg-email"
cat > "$work/script.txt" <<SCRIPT
new-project $project
expect Header: $title
expect Revisions: 0
add-revision $data/brochure-v1.txt
expect Revisions: 1
expect brochure-v1.txt
add-revision $data/brochure-v2.txt
expect Revisions: 2
expect 11.9% of 10%
screenshot revisions
tab compare
expect Figures: 134 -> 138 words
tab revisions
compare 2
expect Figures: 134 -> 138 words, kept 122, deleted 12, inserted 16, moved 10, changed 11.9%
screenshot compare
reply-by 2030-01-15
generate-notice-signing Alex Morgan | alex@morgan.example
expect over-scope
expect Reply by: $reply_by_shown
screenshot notice
issue-notice $out/notice.pdf
expect Notices sent: 1
copy-email
expect Email: $copied_shown
save-eml $out/notice.eml
write-email $work/fake-xdg-email
screenshot notices-sent
tab history
expect round 1: 11.9% of 10%
screenshot history
export-csv $out/history.csv
tab terms
screenshot terms
SCRIPT

HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
  xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" --inside-xvfb "$app" "$db" "$out" "$work/script.txt" "$lang" \
  || { echo "FAIL: the scripted session failed; what the windows showed:" >&2; cat "$out/steps.txt" >&2; exit 1; }

# What the GUI wrote is in the ledger as the CLI reads it.
history=$("$cli" --db "$db" history 1 --json)
check() { # JQ_FILTER DESCRIPTION: the filter must print true for the ledger's history
  [[ $(jq -r "$1" <<<"$history") == true ]] || { echo "FAIL: in the ledger, $2" >&2; exit 1; }
}
[[ $(jq -r '.project.title' <<<"$history") == "$title" ]] || { echo "FAIL: in the ledger, the title" >&2; exit 1; }
check '(.revisions | length) == 2' "two revisions"
check '.revisions[1].status == "over-scope"' "revision 2 is over scope"
check '(.revisions[1].changed_share - 16 / 134 | fabs) < 1e-9' "revision 2 changed 16 of 134 words"
check '(.notices | length) == 1 and .notices[0].kind == "over-scope"' "one over-scope notice"
# The PDF is a valid notice naming the client and the share; the CSV has both revisions.
qpdf --check "$out/notice.pdf" >/dev/null
pdftotext "$out/notice.pdf" - | grep -q "$client" || { echo "FAIL: the notice does not name $client" >&2; exit 1; }
pdftotext "$out/notice.pdf" - | grep -qF "$greeting" || { echo "FAIL: the notice does not open with $greeting" >&2; exit 1; }
check ".project.contact == \"$contact\"" "the contact person is kept"
[[ $lang != en ]] || check ".terms_versions[0].effective_from == \"$agreed\"" "the terms apply from the day they were agreed"
pdftotext "$out/notice.pdf" - | grep -Eq '11[.,]9' || { echo "FAIL: the notice does not give 11.9%" >&2; exit 1; }
# The name the window asked for signs the letter and stays in the profile (the CLI reads it too); the
# reply-by date chosen in the window is in the letter.
grep -q '^Name=Alex Morgan$' "$work/config/scopekeeper/scopekeeper.ini" || { echo "FAIL: the name was not kept" >&2; exit 1; }
grep -q '^Email=alex@morgan.example$' "$work/config/scopekeeper/scopekeeper.ini" || { echo "FAIL: the email was not kept" >&2; exit 1; }
pdftotext "$out/notice.pdf" - | grep -q 'alex@morgan.example' || { echo "FAIL: the letterhead lacks the email" >&2; exit 1; }
pdftotext "$out/notice.pdf" - | grep -q 'Alex Morgan' || { echo "FAIL: the notice is not signed" >&2; exit 1; }
[[ $lang != en ]] || pdftotext "$out/notice.pdf" - | tr '\n' ' ' | grep -q '15 January 2030' \
  || { echo "FAIL: the notice does not ask for an answer by 15 January 2030" >&2; exit 1; }
# The notice as an email: the clipboard, the .eml draft (read by Python's email package) and what the
# mail program was given carry the same subject, the letter and the PDF as saved.
subject=$(jq -r '.notices[0].text | split("\n")[0]' <<<"$history")
[[ $(head -1 "$out/clipboard.txt") == "Subject: $subject" ]] || { echo "FAIL: the clipboard lacks the subject" >&2; exit 1; }
python3 - "$out/notice.eml" "$out/notice.pdf" "$subject" "$greeting" <<'PY' || { echo "FAIL: the .eml draft" >&2; exit 1; }
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
assert str(m['Subject']) == sys.argv[3], m['Subject']
assert m['X-Unsent'] == '1'
assert m.get_body(preferencelist=('plain',)).get_content().startswith(sys.argv[4])
pdf = list(m.iter_attachments())[0].get_content()
assert pdf == open(sys.argv[2], 'rb').read(), 'the attached PDF differs from the saved one'
PY
for _ in 1 2 3 4 5 6 7 8 9 10; do [[ -s "$work/xdg-email.args" ]] && break; sleep 0.2; done
args=$(cat "$work/xdg-email.args")
grep -qxF -- "--subject" <<<"$args" && grep -qxF -- "$subject" <<<"$args" || { echo "FAIL: xdg-email got no subject" >&2; exit 1; }
attached=$(grep -A1 -x -- "--attach" <<<"$args" | tail -1)
cmp -s "$attached" "$out/notice.pdf" || { echo "FAIL: xdg-email was not given the notice's PDF ($attached)" >&2; exit 1; }
grep -c 'brochure-v[12].txt' "$out/history.csv" | grep -q '^2$' || { echo "FAIL: the CSV lacks the revisions" >&2; exit 1; }
# Every screenshot shows a drawn window; the revisions bar and the compare highlights have their colours.
for shot in revisions compare notice notices-sent history terms; do assert_not_blank "$out/$shot.png" 64; done
(( $(count_colour "$out/compare.png" '#FDE2E1') > 50 )) || { echo "FAIL: no deletions highlighted" >&2; exit 1; }
echo "workflow ($scenario): screenshots and record in $out"
