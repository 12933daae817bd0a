# The report's fixture (sourced by the report tests, after common.bash):
# the diary of tests/unit/test_report.c written through the CLI in
# Europe/Berlin, where the clocks went back on 2026-10-25 at 03:00 CEST,
# and the report's now fixed at 2026-11-08 12:00 (UNCLENCH_TEST_WALL).
# Four weeks: W0 2026-10-12 (nothing), W1 10-19 (the clock change), W2
# 10-26, W3 11-02. Night hours 22:00-07:00, water goal 2000 ml.
#   10-11 23:00 calf 5/10 1 min          before the period: left out
#   10-19 08:30 neck 2/10 1 min, a note with quotes, a backslash and <b>
#   10-20 2500 ml (at the goal), 10-21 1000 ml, 11-08 500 ml (today)
#   10-25 02:30 CEST calf 4/10 1 min } the same hour twice: both hour 02,
#   10-25 02:30 CET  foot 8/10 2 min } both the night of 10-24 (import)
#   10-28 21:00 a stretch run to the end (an evening stretch; import)
#   10-28 23:55 calf 6/10 10 min, "trigger: in bed at night": across
#               midnight, a red flag; 23:56 relief calf-relief (import)
#   11-03 14:00 hand, no severity, no length: a day cramp
# Hand-worked: 5 cramps; recorded nights 10-19, -20, -21, -24, -25, -28,
# 11-03 = 7 (enough); nights with a cramp 10-24, 10-28 = 2 of 7 (29%),
# 7 * 2 / 7 = 2.0 a week; night cramps 3: 3 / 7 = 0.43 a night; severity
# 2, 4, 8, 6 and duration 60, 60, 120, 600 s: 4 values each, not enough;
# 1 red flag of 4 timed; evening stretch 1 of 7 nights (14%); water 2
# whole days logged (not enough); parts calf 2, foot 1, neck 1, hand 1;
# hours 02: 2, 08: 1, 14: 1, 23: 1; relief calf-relief 1 (1 to the end).
export TZ=Europe/Berlin UNCLENCH_TEST_WALL="2026-11-08 12:00"
NOTE='said "ow" \ and <b>&'
report_fixture() {
	local csv=$T/fixture.csv
	"$U" log cramp calf --severity 5 --minutes 1 --at "2026-10-11 23:00" &&
	"$U" log cramp neck --severity 2 --minutes 1 --note "$NOTE" \
	    --at "2026-10-19 08:30" &&
	"$U" drink 2500 --at "2026-10-20 10:00" &&
	"$U" drink 1000 --at "2026-10-21 10:00" &&
	"$U" drink 500 --at "2026-11-08 09:00" &&
	"$U" log cramp calf --severity 4 --minutes 1 --at "2026-10-25 02:30" &&
	"$U" log cramp calf --severity 6 --minutes 10 \
	    --note "trigger: in bed at night" --at "2026-10-28 23:55" &&
	"$U" log cramp hand --at "2026-11-03 14:00" || return 1
	{
		echo "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
		echo "cramp,2026-10-25T02:30:00+01:00,,,,,,,foot,120,8,,,"
		echo "session,2026-10-28T21:00:00+01:00,2026-10-28T21:10:00+01:00,bedtime-legs,stretch,1,5,5,,,,,,"
		echo "session,2026-10-28T23:56:00+01:00,2026-10-29T00:04:00+01:00,calf-relief,relief,1,3,3,,,,,,"
	} >"$csv"
	"$U" import "$csv"
}
