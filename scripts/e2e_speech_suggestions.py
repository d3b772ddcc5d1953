"""One end-to-end measurement: a chair's concluding remarks spoken by espeak-ng (Vietnamese),
imported and transcribed by the app with its embedded model, then read for suggestions.

    text → espeak-ng -v vi → WAV → meeting-assistant new / import / transcribe → suggest --json

Runs in a throwaway database; prints the transcript, the suggestions, and how many of the
expected tasks came back with the right lead unit and deadline. Needs espeak-ng and sox on the
PATH. Run from the repository root: `.venv/bin/python scripts/e2e_speech_suggestions.py`
(a few minutes on two cores). Not part of the test suite: synthetic speech is a rough stand-in
for a real chair, and the figure is reported, not asserted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meeting_assistant.followup.units import same_unit  # noqa: E402

MEETING_DATE = "2024-08-20"
# (what the chair says, kind, lead unit, deadline): sentences of the real corpus as a chair
# speaks them, first person, numbers in words.
SPEECH = [
    ("Thay mặt ban thường vụ, tôi xin kết luận như sau.", "neither", None, None),
    (
        "Thứ nhất, biểu dương tinh thần thẳng thắn, xây dựng của các đồng chí ủy viên ban thường "
        "vụ tỉnh ủy.",
        "conclusion",
        None,
        None,
    ),
    (
        "Thứ hai, tôi đề nghị sở văn hóa thể thao và du lịch chủ trì, phối hợp với sở giao thông "
        "vận tải, trước ngày mười lăm tháng chín phải kiểm tra, xử lý dứt điểm các trường hợp vi "
        "phạm.",
        "task",
        "Sở Văn hóa, Thể thao và Du lịch",
        "2024-09-15",
    ),
    (
        "Giao sở tài nguyên và môi trường chủ trì nghiên cứu, đề xuất ủy ban nhân dân tỉnh, hoàn "
        "thành trước ngày mười tháng mười hai.",
        "task",
        "Sở Tài nguyên và Môi trường",
        "2024-12-10",
    ),
    (
        "Công an tỉnh chỉ đạo rà soát, thiết lập chốt kiểm soát trên các tuyến giao thông.",
        "task",
        "Công an tỉnh",
        None,
    ),
    (
        "Sở y tế chủ trì, phối hợp với các cơ quan liên quan tham mưu thành lập trung tâm chỉ huy, "
        "xong trong quý bốn.",
        "task",
        "Sở Y tế",
        "2024-12-31",
    ),
    (
        "Vừa rồi tỉnh cũng đã có công văn gửi bộ tài chính đề nghị hỗ trợ kinh phí khắc phục "
        "thiệt hại do bão.",
        "neither",
        None,
        None,
    ),
    (
        "Các ngành chức năng kịp thời tham mưu thực hiện các kiến nghị, đề xuất hợp lý của các "
        "địa phương.",
        "task",
        "các ngành chức năng",
        "ongoing",
    ),
    ("Hội nghị cơ bản nhất trí dự thảo báo cáo chính trị trình đại hội.", "conclusion", None, None),
]


def run(*args: str) -> str:
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return done.stdout


def main() -> None:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed on the PATH")
    cli = str(Path(sys.executable).with_name("meeting-assistant"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        parts = []
        for i, (text, *_rest) in enumerate(SPEECH):
            wav = tmp / f"{i:02d}.wav"
            run("espeak-ng", "-v", "vi", "-s", "130", "-g", "3", "-w", str(wav), text)
            parts.append(str(wav))
        gap = tmp / "gap.wav"
        run("sox", "-n", "-r", "22050", "-c", "1", str(gap), "trim", "0.0", "0.8")
        speech = tmp / "chair.wav"
        sequence = [p for part in parts for p in (part, str(gap))]
        run("sox", *sequence, "-r", "16000", str(speech))
        db = str(tmp / "e2e.db")
        meeting = run(cli, "--db", db, "new", "--title", "Hội nghị Ban Thường vụ",
                      "--date", MEETING_DATE).strip().split()[-1]  # fmt: skip
        run(cli, "--db", db, "import", str(speech), "--meeting", meeting)
        run(cli, "--db", db, "transcribe", meeting)
        transcript = run(cli, "--db", db, "transcript", meeting)
        found = json.loads(run(cli, "--db", db, "suggest", meeting, "--json"))
        said = " ".join(text for text, *_ in SPEECH)
        direct = json.loads(
            run(cli, "--db", db, "suggest", "--text", said, "--date", MEETING_DATE, "--json")
        )
        heard = " ".join(
            line.split("] ", 1)[-1] for line in transcript.splitlines() if line.strip()
        )
    print("Transcript (embedded model):\n" + transcript)
    print("Suggestions:")
    for s in found:
        print(f"  [{s['kind']}] {s['text']}  (lead {s.get('lead_unit')}, deadline "
              f"{'ongoing' if s.get('ongoing') else s.get('deadline')}, cues {s['cues']}, "
              f"confidence {s['confidence']})")  # fmt: skip
    try:
        import jiwer

        wer = jiwer.wer(said.lower(), heard.lower())
        print(f"\nWord error rate of the transcript against what was said: {wer:.0%}")
    except ImportError:
        pass
    report("from the transcript", found)
    report("from the text itself (suggest --text)", direct)


def report(label: str, found: list[dict]) -> None:
    tasks = [s for s in found if s["kind"] == "task"]
    want = [(lead, dl) for _, kind, lead, dl in SPEECH if kind == "task"]
    lead_right = sum(any(same_unit(t["lead_unit"], lead) for t in tasks) for lead, _ in want)
    dl_right = sum(
        any(
            same_unit(t["lead_unit"], lead) and ("ongoing" if t["ongoing"] else t["deadline"]) == dl
            for t in tasks
        )
        for lead, dl in want
        if dl
    )
    conclusions = sum(s["kind"] == "conclusion" for s in found)
    print(
        f"\n{label}: expected {len(want)} tasks, {sum(k == 'conclusion' for _, k, _, _ in SPEECH)} "
        f"conclusions; got {len(tasks)} tasks, {conclusions} conclusions; "
        f"{lead_right}/{len(want)} tasks with the right lead unit, "
        f"{dl_right}/{sum(1 for _, dl in want if dl)} with the right deadline."
    )


if __name__ == "__main__":
    main()
