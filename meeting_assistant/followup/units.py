"""Unit names in speech: the clerk's directory, abbreviations, and a small grammar for the rest.

A unit is a head ("Sở", "Ban", "UBND", "Đảng ủy", "Trung tâm" …) followed by name words up to the
next function word or verb ("Sở Tài chính chủ trì" → "Sở Tài chính"), then an optional place
("tỉnh", "Thành ủy", "huyện X"). Heads are matched with their accents ("sở" is not "số"); name
words and the directory are matched folded, so Whisper's odd capitals and spacing do not matter.
Abbreviations match their full forms both ways (TT&TT ↔ Thông tin và Truyền thông, UBND ↔ Ủy
ban nhân dân). A bare "Sở" means the one Sở the meeting talks about, when there is exactly one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Unit
from ..text import fold

# Full form ↔ abbreviations, folded. The first abbreviation is the one written back.
ABBREVIATIONS: list[tuple[str, tuple[str, ...]]] = [
    ("uy ban nhan dan", ("ubnd",)),
    ("hoi dong nhan dan", ("hdnd",)),
    ("uy ban mat tran to quoc", ("ubmttq",)),
    ("mat tran to quoc", ("mttq",)),
    ("ban thuong vu", ("btv",)),
    ("ban chap hanh", ("bch",)),
    ("uy ban kiem tra", ("ubkt",)),
    ("thong tin va truyen thong", ("tt&tt", "tttt")),
    ("tai nguyen va moi truong", ("tn&mt", "tnmt")),
    ("ke hoach va dau tu", ("kh&dt", "khdt")),
    ("lao dong thuong binh va xa hoi", ("ldtb&xh", "ldtbxh")),
    ("giao duc va dao tao", ("gd&dt", "gddt")),
    ("van hoa the thao va du lich", ("vhtt&dl", "vhttdl")),
    ("nong nghiep va phat trien nong thon", ("nn&ptnt", "nnptnt")),
    ("nong nghiep va moi truong", ("nn&mt", "nnmt")),
    ("khoa hoc va cong nghe", ("kh&cn", "khcn")),
    ("giao thong van tai", ("gtvt",)),
    ("tai chinh ke hoach", ("tc-kh", "tckh")),
    ("ban quan ly du an", ("bqlda",)),
    ("quan ly du an", ("qlda",)),
    ("bao hiem xa hoi", ("bhxh",)),
    ("thanh pho", ("tp",)),
    ("van phong", ("vp",)),
    ("dai bieu quoc hoi", ("dbqh",)),
]

# Sectors of Sở / Phòng / Bộ / Cục (a closed set), folded, with "và" optional.
SECTORS = [
    "noi vu", "tai chinh", "xay dung", "y te", "tu phap", "cong thuong", "ngoai vu",
    "giao thong van tai", "ke hoach va dau tu", "tai nguyen va moi truong",
    "lao dong thuong binh va xa hoi", "giao duc va dao tao", "van hoa the thao va du lich",
    "van hoa va the thao", "van hoa thong tin", "van hoa va thong tin", "du lich",
    "nong nghiep va phat trien nong thon", "nong nghiep va moi truong", "nong nghiep",
    "khoa hoc va cong nghe", "thong tin va truyen thong", "quy hoach kien truc", "dan toc",
    "dan toc va ton giao", "tai chinh ke hoach", "tai chinh va ke hoach", "ke hoach tai chinh",
    "kinh te", "kinh te ha tang", "kinh te va ha tang", "quan ly do thi", "giao duc", "van hoa",
    "lao dong", "tai nguyen", "to chuc can bo", "hanh chinh", "tong hop", "phap che",
    "thanh tra", "chinh tri", "cong an", "thue", "hai quan", "thong ke", "quan ly thi truong",
    "kiem lam", "thuy loi", "chan nuoi thu y", "bao ve thuc vat", "dan so", "an toan thuc pham",
    "chinh phu", "chinh tri", "quoc phong",
]  # fmt: skip
# What may follow "Ban" / "Đoàn" / "Hội" / "Ủy ban" (folded, "và" optional).
NAMED = [
    "tuyen giao", "tuyen giao va dan van", "to chuc", "dan van", "noi chinh", "kinh te",
    "kinh te ngan sach", "phap che", "van hoa xa hoi", "dan toc", "giam doc", "thuong vu",
    "chap hanh", "chi dao", "quan ly du an", "quan ly", "bao ve suc khoe can bo", "tiep cong dan",
    "thi dua khen thuong", "kiem tra", "giam sat", "cong tac", "thanh nien", "dai bieu quoc hoi",
    "nong dan", "lien hiep phu nu", "phu nu", "cuu chien binh", "chu thap do", "nguoi cao tuoi",
    "luat gia", "nha bao", "nhan dan", "mat tran to quoc", "thuong truc", "doi ngoai",
    "chi huy quan su",
]  # fmt: skip

_PLACES = (
    "tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "khu vực",
    "cấp tỉnh", "cấp huyện", "cấp xã",
)  # fmt: skip
_PARTY = (
    "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ", "trung ương",
)  # fmt: skip
_GOV_SUFFIX = ("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "sở")

# Head → class: "sector" takes a sector name, "named" a name from NAMED, "open" any name
# words, "place" a place (it is a whole unit already: "Thành ủy", "UBND"), "over" the unit it
# leads the Party work of ("Đảng đoàn HĐND huyện", "Ban cán sự đảng UBND tỉnh").
HEADS: dict[str, str] = {
    "sở": "sector", "phòng": "sector", "bộ": "sector", "cục": "sector", "chi cục": "sector",
    "tổng cục": "sector", "ban": "named", "đoàn": "named", "hội": "named", "ủy ban": "named",
    "văn phòng": "office", "thanh tra": "office", "thường trực": "office",
    "ban thường vụ": "office", "btv": "office", "ban chấp hành": "office", "bch": "office",
    "ubnd": "place", "ủy ban nhân dân": "place", "hđnd": "place", "hội đồng nhân dân": "place",
    "ủy ban kiểm tra": "office", "ubkt": "office", "mttq": "place",
    "ủy ban mặt trận tổ quốc": "place", "mặt trận tổ quốc": "place", "ubmttq": "place",
    "thành ủy": "place", "tỉnh ủy": "place", "huyện ủy": "place", "quận ủy": "place",
    "thị ủy": "place", "đảng ủy": "open", "đảng bộ": "open", "chi bộ": "open",
    "trung tâm": "open", "công an": "place", "kho bạc nhà nước": "place", "kho bạc": "place",
    "thành đoàn": "place", "tỉnh đoàn": "place", "huyện đoàn": "place",
    "liên đoàn lao động": "place", "công đoàn": "open", "bảo hiểm xã hội": "place",
    "bhxh": "place", "đài phát thanh và truyền hình": "place", "bệnh viện": "open",
    "trường": "open", "ban quản lý": "open", "ban chỉ đạo": "open", "tổ công tác": "open",
    "ban giám đốc": "office", "tổ biên tập": "open", "tiểu ban": "open", "ban soạn thảo": "open",
    "ban biên tập": "open", "tổ soạn thảo": "open",
    "tổ giúp việc": "open", "ban chỉ huy": "open", "mặt trận": "place",
    "bộ chính trị": "place", "bộ chỉ huy quân sự": "place", "ban chỉ huy quân sự": "place",
    "cục thuế": "place", "chi cục thuế": "place", "viện kiểm sát nhân dân": "place",
    "tòa án nhân dân": "place", "đảng đoàn": "over", "ban cán sự đảng": "over",
    "công ty": "firm", "tổng công ty": "firm", "hợp tác xã": "firm", "quỹ": "firm",
    "viện": "firm", "học viện": "firm", "báo": "press", "đài phát thanh - truyền hình": "place",
    "đài truyền thanh": "open", "bảo hiểm xã hội việt nam": "place",
}  # fmt: skip
# Firms, funds, institutes, cooperatives ("firm" heads): the legal form that may follow the head
# ("Công ty TNHH MTV …"), and, in lower-case speech, what may follow "quỹ" / "viện" when it
# names a body ("quỹ đất", "thư viện" do not).
_LEGAL_FORM = re.compile(
    r"(?:\s+(?:tnhh|mtv|cp|cổ phần|trách nhiệm hữu hạn|một thành viên|hai thành viên trở lên))+"
    r"(?!\w)"
)
_FIRM_LOWER = {
    "quỹ": re.compile(
        r"\s+(?:đầu tư|phát triển|bảo vệ|hỗ trợ|bảo lãnh|tín dụng|khám chữa bệnh|vì người nghèo|"
        r"phòng(?:,)? chống thiên tai|bảo trì|khuyến|bảo hiểm|quốc gia|đền ơn)(?!\w)"
    ),
    "viện": re.compile(
        r"\s+(?:kiểm sát|nghiên cứu|quy hoạch|khoa học|vệ sinh|kinh tế|chiến lược|công nghệ|"
        r"dinh dưỡng|y học|sốt rét|pháp y|giám định|thiết kế|xây dựng|văn hóa)(?!\w)"
    ),
}
_NOT_FIRM_BEFORE = re.compile(r"(?:thư|bệnh|nghị|thượng|hạ|tu|kỹ|thủ|ngân|học)\s$")
# "Báo" as a newspaper: never "báo cáo", "báo chí", "thông báo", "nhà báo" …
_NOT_PRESS_AFTER = re.compile(
    r"\s+(?:cáo|chí|động|hiệu|giá|đáp|tin|thức|công|hại|ân|danh|tử|thù|ứng|trước|lại|gấp|ngay|"
    r"kịp|về|cho|với|là|cháy|nguy|án|mộng|hỷ|oán|thức|tường|ảnh|in|nói|đài|và|này|đó|các|của|"
    r"ra|lên|xuống|qua|sau)(?!\w)"
)
_NOT_PRESS_BEFORE = re.compile(
    r"(?:thông|cảnh|nhà|tờ|dự|tố|tình|họa|tuần|nhật|đăng|phóng|điện|hồi|bẩm|mách|khai|"
    r"trình|báo|phát|loan|ngành|giới|của|trên|đọc|viết|cơ quan)\s$"
)
# Plural groups: "các sở, ngành", "các phòng, đơn vị liên quan", "UBND các huyện".
_GROUP_WORDS = (
    "sở|ngành|phòng|ban|đơn vị|cơ quan|địa phương|chi bộ|đảng bộ|cấp ủy|cấp|huyện|thị xã|"
    "thành phố|quận|xã|phường|thị trấn|đoàn thể|tổ chức|hội|trung tâm|trường|doanh nghiệp|"
    "tổ chức chính trị - xã hội|ủy ban|bộ phận|ban đảng|ban ngành|ngành chức năng|"
    "cơ quan chức năng|lực lượng|ấp|thôn|bản|tổ dân phố|khu phố|tiểu ban|vụ|cục|"
    "bộ|bộ, ngành|chủ đầu tư|ban quản lý dự án"
)
_GROUP = re.compile(
    r"(?<!\w)(?:(?:các\s+)?(?:cơ quan|lực lượng) chức năng|"
    r"(?:các\s+)?(?:công chức|cán bộ) chuyên môn|"
    r"(?:các\s+)?cơ quan (?:soạn thảo|chủ trì|tham mưu|chuyên môn|chức năng)|"
    r"(?:các\s+)?xã,?\s+phường(?:,?\s+thị trấn)?(?=\s*,?\s*(?:phải|cần|khẩn|chủ động|tập trung))|"
    rf"các\s+(?:{_GROUP_WORDS})"
    rf"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:các\s+)?(?:{_GROUP_WORDS})(?!\s+nhân dân))*"
    r"(?:\s+(?:báo chí|thông tấn|truyền thông|chuyên môn|hành chính|sự nghiệp|nhà nước|chức năng|"
    r"soạn thảo|chủ trì|tham mưu))?)"
    r"(?:\s+(?:có\s+)?(?:liên quan|trực thuộc|thuộc sở|thuộc tỉnh|thuộc thành phố|trên địa bàn|"
    r"của (?:tỉnh|thành phố|huyện|thị xã|quận)|(?:cấp\s+)?(?:tỉnh|thành phố|huyện|xã)(?=\s*[,;.]|"
    r"\s+(?:và|cần|phải|khẩn|chủ|tập|tiếp|rà|thực|có|triển|xây|ủy ban|ubnd)\b)))?"
    r"(?!\w)"
)
# "Mặt trận" alone is the Fatherland Front when a list or its task follows.
_FRONT_AFTER = re.compile(r"\s*(?:,|và\s|cùng\s|các\s|cần\s|phải\s|chủ trì|phối hợp|tập trung)")
# "các Sở: Nội vụ, Tài chính": sectors listed after their head.
_LISTED = re.compile(r"(?<!\w)các\s+(sở|phòng|bộ)\s*:?\s*(?=\S)")
# What follows "Trường" when it names a school.
_SCHOOL = re.compile(
    r"\s+(?:mầm non|tiểu học|trung học|phổ thông|thpt|thcs|đại học|cao đẳng|trung cấp|chính trị|"
    r"dân tộc nội trú|liên cấp)(?!\w)"
)
# A village or a ward's quarter after "Chi bộ" / "Đảng ủy": "Chi bộ thôn Đồng Tâm", "khu phố 3".
_VILLAGE = re.compile(r"\s+(?:thôn|khu phố|tổ dân phố|ấp|bản|xóm|khối phố|khu dân cư)(?!\w)")
_NUMBER = re.compile(r"\s+\d+[a-z]?(?!\w)")

# Words that end a unit name: function words and the verbs that follow a unit as its predicate.
_STOP = set(
    """chủ trì phối hợp với và các những của cho để là thì mà ở tại trong ngoài trên dưới về
    theo từ đến trước sau khi nếu cần phải đã đang sẽ được bị có không chưa tiếp khẩn rà tham
    triển thực hoàn tổ tập chỉ báo kiểm đề yêu giao nghiên tăng đẩy chịu làm nắm kịp sớm nghiêm
    chủ đôn giải trình lập ban cung bố tuyên quán tổng thẩm xử cập phấn này đó ấy nào gì vẫn
    cũng đều rất hơn nhất ạ à ừ thống đồng ghi biểu đánh chấp nhất xin kính đây kia một hai ba
    bốn năm như với cùng lãnh quản hướng bảo đảm nâng đạt đi ra vào lên xuống thuộc ngày tháng
    quý tuần hằng hàng thường rõ vì do nên xem quyết hỗ ủng vận giúp cấp phê đánh sử áp khắc
    chấn kiện sắp gửi nộp chuẩn lựa duy mời nghe trao khóa nhiệm""".split()
)
# Verbs that end a firm's or a fund's name in lower-case speech ("… điện lực miền bắc bảo đảm").
_FIRM_VERB = re.compile(
    r"\s+(?:thu gom|thu hồi|thu nợ|mở|đăng|đăng tải|sửa chữa|nạo vét|xây dựng|thẩm định|"
    r"triển khai|tổ chức|bảo đảm|đảm bảo|cung cấp|hỗ trợ|giải ngân|cho vay|đầu tư xây|"
    r"hoàn thiện|nghiên cứu|phát hành|tuyên truyền|lắp đặt|di dời|bồi thường|tiếp nhận)(?!\w)"
)
_QUARTER = re.compile(
    r"\s+(?:\d|i|ii|iii|iv|một|hai|ba|bốn|tư|này|tới|sau|trước|đầu|cuối|vừa|qua|cao|khách)(?!\w)"
)
# Name words of two syllables whose first syllable is also a verb ("Cấp thoát nước").
_NAME_PAIRS = {"cấp": ("nước", "thoát"), "bảo": ("hiểm", "vệ", "tàng", "trợ"), "môi": ("trường",)}
# A stop word that is the second syllable of a noun inside a name: "Trung tâm Phát triển quỹ đất".
_JOINED = {
    "văn": ("kiện",),
    "phát": ("triển", "hành"),
    "quản": ("lý",),
    "giám": ("sát", "định"),
    "kiểm": ("định",),
}
_WORD = re.compile(r"[\w&]+(?:[&\-][\w]+)*")
_ABBR_UPPER = {
    "ubnd", "hđnd", "mttq", "btv", "bch", "ubkt", "tt&tt", "tp", "bhxh", "ubmttq", "tnhh", "mtv",
    "thpt", "thcs",
}  # fmt: skip


@dataclass
class Mention:
    start: int
    end: int
    name: str  # the directory's name, or the name as spoken (normalised)
    key: str  # canonical folded form, abbreviations expanded, "và" dropped
    unit_id: int | None = None
    bare: bool = False  # a head alone: "Sở", "Phòng"
    generic: bool = False  # "các sở, ngành"
    head: str = ""


# --- canonical keys ---------------------------------------------------------------------------

_AMP = r"\s*&\s*"
_EXPAND = [
    (re.compile(r"(?<![\w&])" + _AMP.join(map(re.escape, a.split("&"))) + r"(?![\w&])"), full)
    for full, abbrs in ABBREVIATIONS
    for a in abbrs
]
_UY_BAN = re.compile(r"\buy ban(?! nhan dan| kiem tra| mat tran)")


def unit_key(name: str) -> str:
    """'Sở TT&TT' and 'sở thông tin truyền thông' → 'so thong tin truyen thong'."""
    key = fold(name)
    for pattern, full in _EXPAND:
        key = pattern.sub(" " + full + " ", key)
    key = " ".join(re.sub(r"[^\w\s]", " ", key).split())
    key = _UY_BAN.sub("uy ban nhan dan", key)
    return " ".join(t for t in key.split() if t != "va")


def same_unit(a: str | None, b: str | None) -> bool:
    """Two names for one unit: equal keys, or one extends the other by a place ('Sở Nội vụ'
    and 'Sở Nội vụ tỉnh'), as long as the shorter is more than a bare head."""
    if not a or not b:
        return not a and not b
    ka, kb = unit_key(a), unit_key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return short not in _BARE_KEYS and long_.startswith(short + " ")


_BARE_KEYS = {unit_key(h) for h in HEADS}

# --- the grammar ------------------------------------------------------------------------------

_JOIN = r"(?:\s*&\s*|\s+va\s+|[\s\-,]+)"


def _phrase_regex(folded: str) -> str:
    parts = [p for p in re.split(r"[\s]+", folded.replace("&", " & ")) if p]
    out, i = [], 0
    while i < len(parts):
        if parts[i] == "&":
            i += 1
            continue
        out.append(re.escape(parts[i]))
        i += 1
    return _JOIN.join(t for t in out if t != "va")


def _alternation(phrases: list[str]) -> str:
    return "|".join(_phrase_regex(p) for p in sorted(set(phrases), key=len, reverse=True))


_SECTOR_ABBR = [a for full, abbrs in ABBREVIATIONS if full in SECTORS for a in abbrs]
_SECTOR_RE = re.compile(rf"(?:{_alternation(SECTORS + _SECTOR_ABBR)})(?![\w&])")
_NAMED_ABBR = [a for full, abbrs in ABBREVIATIONS if full in NAMED for a in abbrs]
_NAMED_RE = re.compile(rf"(?:{_alternation(NAMED + _NAMED_ABBR)})(?![\w&])")
# Heads that already say their level ("Huyện ủy", "Thành đoàn"): no place name follows them.
_LEVELLED = {"thành đoàn", "tỉnh đoàn", "huyện đoàn", "bộ chính trị"}
# First syllables of verbs that may follow a unit in lower-case speech: not a place's name
# ("huyện ủy sóc sơn chỉ đạo" has one, "huyện đoàn phát động" has none).
# Words that cannot be a village's name in lower-case speech: the verbs and words that follow one.
_NOT_NAME = set(
    """khẩn tổ chủ phối tiếp tăng rà kiện vận thực hoàn báo chỉ lãnh đã đang sẽ cần phải có là
    và của thì đề kiến nghiên triển tập xây sớm""".split()
)
_VERB_START = {
    "phát", "vận", "duy", "giám", "chăm", "phổ", "ngăn", "động", "hưởng", "nhắc", "kết", "lãnh",
    "xây",
}  # fmt: skip
# "phòng" as a verb: "phòng chống dịch", "phòng ngừa", "phòng cháy".
_PHONG_VERB = re.compile(r"\s*,?\s+(?:chống|ngừa|tránh|cháy|bệnh|dịch|thủ|vệ|hộ)(?!\w)")
# The joint office of two bodies: "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND".
_JOINT = re.compile(r"\s*(?:(?:và|&)\s*)?(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân)(?!\w)")
_HEAD_RE = re.compile(
    r"(?<![\w&])(?:"
    + "|".join(re.escape(h) for h in sorted(HEADS, key=len, reverse=True))
    + r")(?![\w&])"
)
_PLACE_RE = re.compile(
    r"\s+(?:" + "|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True)) + r")(?!\w)"
)
_PARTY_RE = re.compile(
    r"\s+(?:" + "|".join(re.escape(p) for p in _PARTY + _GOV_SUFFIX) + r")(?!\w)"
)
_CAPITALISED = re.compile(r"\s+\w+")


_WS = re.compile(r"\s+")
_TWO_WORDS = re.compile(r"\s+[^\W\d]+\s+[^\W\d]+(?!\w)")
_NHAN_DAN = re.compile(r"\s+(?:nhân dân|nd)(?!\w)")


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


class Gazetteer:
    """Find the units named in a text, preferring the clerk's directory."""

    def __init__(self, units: list[Unit] | None = None) -> None:
        self.units = list(units or [])
        self._by_key: dict[str, Unit] = {}
        surfaces: dict[str, Unit] = {}
        for u in self.units:
            key = unit_key(u.name)
            self._by_key.setdefault(key, u)
            surfaces.setdefault(key, u)
            contracted = key
            for full, abbrs in ABBREVIATIONS:
                contracted = re.sub(rf"\b{unit_key(full)}\b", abbrs[0], contracted)
            surfaces.setdefault(contracted, u)
            if u.abbreviation and (len(u.abbreviation) >= 3 or " " in u.abbreviation):
                surfaces.setdefault(fold(u.abbreviation), u)
                surfaces.setdefault(unit_key(u.abbreviation), u)
        self._surface_units = surfaces
        self._surface_re = (
            re.compile(rf"(?<![\w&])(?:{_alternation(list(surfaces))})(?![\w&])")
            if surfaces
            else None
        )
        self._surface_lookup = {
            re.sub(r"\W+", "", s.replace("va", "")): u for s, u in surfaces.items()
        }

    # -- directory

    def lookup(self, key: str) -> Unit | None:
        """The directory unit for a canonical key: exact, else the one it is a prefix of (or
        that is a prefix of it, a place added), when only one unit fits."""
        if key in self._by_key:
            return self._by_key[key]
        if key in _BARE_KEYS:
            return None
        longer = [u for k, u in self._by_key.items() if k.startswith(key + " ")]
        if len(longer) == 1:
            return longer[0]
        shorter = [
            u for k, u in self._by_key.items() if key.startswith(k + " ") and k not in _BARE_KEYS
        ]
        return max(shorter, key=lambda u: len(unit_key(u.name))) if shorter else None

    # -- finding

    def find(self, text: str, low: str, fld: str) -> list[Mention]:
        """Every unit named in `text` (`low`/`fld`: its lower-cased and folded forms, same
        length), left to right, without overlaps."""
        found: list[Mention] = []
        if self._surface_re is not None:
            for m in self._surface_re.finditer(fld):
                squashed = re.sub(r"\W+", "", re.sub(r"\bva\b", "", m.group()))
                unit = self._surface_lookup.get(squashed.replace("va", ""))
                if unit is None:
                    unit = self._by_key.get(unit_key(m.group()))
                if unit is not None:
                    found.append(
                        Mention(m.start(), m.end(), unit.name, unit_key(unit.name), unit.id)
                    )
        for m in _GROUP.finditer(low):
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    _style(text[m.start() : m.end()]),
                    fold(m.group()),
                    generic=True,
                )  # fmt: skip
            )
        for m in _LISTED.finditer(low):
            # "Giám đốc các Sở: Nội vụ, Tài chính": the first Sở named leads.
            sm = _SECTOR_RE.match(fld, m.end())
            if sm:
                spoken = f"{m.group(1)} {text[sm.start() : sm.end()]}"
                styled = _style(spoken)
                found.append(Mention(m.start(), sm.end(), styled, unit_key(styled), head="sở"))
        for m in _HEAD_RE.finditer(low):
            mention = self._grammar(text, low, fld, m)
            if mention is not None:
                found.append(mention)
        # Longest first at each place; the directory wins a tie.
        found.sort(key=lambda x: (x.start, -(x.end - x.start), x.unit_id is None))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                last = out[-1]
                # A grammar span that ran past a directory name that starts with it.
                if (
                    last.unit_id is None
                    and not last.generic
                    and mention.unit_id is not None
                    and mention.start == last.start
                ):
                    out[-1] = mention
                continue
            out.append(mention)
        return self._collectives(text, low, out)

    @staticmethod
    def _collectives(text: str, low: str, found: list[Mention]) -> list[Mention]:
        """ "các đồng chí Ủy viên Ban Thường vụ": the members, with the body right after them."""
        if "các đồng chí" not in low:
            return found
        for cm in COLLECTIVE.finditer(low):
            end, first = cm.end(), None
            for i, m in enumerate(found):
                if m.start < cm.start():
                    continue
                if m.start >= end and low[end : m.start].strip() == "" and not m.generic:
                    first = i if first is None else first
                    end = m.end
                elif m.start >= end:
                    break
            role = " ".join(text[cm.start() + len("các đồng chí") : cm.end()].split())
            body = " ".join(m.name for m in found if cm.end() <= m.start and m.end <= end)
            name = " ".join(("Các đồng chí", role[:1].upper() + role[1:], body)).strip()
            mention = Mention(cm.start(), end, name, unit_key(name), generic=True, head="đồng chí")
            found = [m for m in found if m.end <= cm.start() or m.start >= end] + [mention]
            found.sort(key=lambda x: x.start)
        return found

    def _grammar(self, text: str, low: str, fld: str, m: re.Match[str]) -> Mention | None:
        head = m.group()
        cls = HEADS[head]
        start, end = m.start(), m.end()
        before = low[max(0, start - 6) : start]
        if head in ("bộ", "ban", "hội", "đoàn", "phòng", "cục") and re.search(
            r"(?:cán|toàn|đồng|phân|một|các|hội|tiến|ban|(?<!đảng )(?<!chi )bộ)\s$",
            low[max(0, start - 12) : start],
        ):
            if not (head == "ban" and before.endswith("các ")):
                return None
        if head == "phòng" and _PHONG_VERB.match(low, end):
            return None
        if head in ("tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy") and low.startswith(
            " ban nhân dân", end
        ):
            return None  # "đoàn thể tỉnh | ủy ban nhân dân …" in speech with no commas
        if head == "mặt trận" and not _FRONT_AFTER.match(low, end):
            return None  # "trên mặt trận kinh tế": a figure of speech, not the Front
        if head == "trường" and not _SCHOOL.match(low, end):  # not "thị trường", "trường hợp"
            return None
        if head == "sở" and re.search(r"(?:trụ|cơ|căn|cư|công)\s$", before):  # "trụ sở", "công sở"
            return None
        name_end = end
        if cls == "press":
            if _NOT_PRESS_BEFORE.search(low[max(0, start - 12) : start]) or _NOT_PRESS_AFTER.match(
                low, end
            ):
                return None
            pm = _PLACE_RE.match(low, end)
            stop = self._proper_name(text, low, pm.end() if pm else end)
            if stop == end:
                return None
            spoken = text[start:stop]
            return Mention(start, stop, _style(spoken), unit_key(spoken), head=head)
        if cls == "firm":
            if _NOT_FIRM_BEFORE.search(low[max(0, start - 8) : start]):
                return None
            upper = any(c.isupper() for c in text[max(0, start - 40) : end + 40])
            lm = _LEGAL_FORM.match(low, end)
            pos = lm.end() if lm else end
            if upper:
                nxt = _CAPITALISED.match(text, pos)
                if not nxt or not _is_cap(nxt.group().strip()):
                    return None
            elif head in _FIRM_LOWER and not lm and not _FIRM_LOWER[head].match(low, pos):
                return None
            name_end = self._firm_words(text, low, pos)
            if name_end == pos:
                return None
        if cls == "over":
            inner = _HEAD_RE.match(low, end + 1) if low[end : end + 1] == " " else None
            sub = self._grammar(text, low, fld, inner) if inner else None
            if sub is None or sub.bare:
                return None
            spoken = text[start:end] + " " + sub.name
            return Mention(start, sub.end, _style(spoken), unit_key(spoken), head=head)
        if cls == "sector":
            sm = _WS.match(fld, end)
            nm = _SECTOR_RE.match(fld, sm.end()) if sm else None
            if nm:
                name_end = nm.end()
            elif head in ("bộ", "cục", "chi cục", "tổng cục"):
                return None
            elif head == "phòng":
                name_end = self._open_words(text, low, end, limit=4)
            if head == "phòng" and name_end > end:  # "Phòng Tài chính - Kế hoạch"
                dm = re.match(r"\s*-\s*", fld[name_end:])
                sm2 = _SECTOR_RE.match(fld, name_end + dm.end()) if dm else None
                if sm2:
                    name_end = sm2.end()
        elif cls == "named":
            sm = _WS.match(fld, end)
            nm = _NAMED_RE.match(fld, sm.end()) if sm else None
            if nm:
                name_end = nm.end()
            elif head in ("ban", "ủy ban") and _NHAN_DAN.match(low, end):
                pass
            elif head != "ủy ban":
                return None
        elif cls == "open":
            long_name = head in ("trung tâm", "ban quản lý", "ban chỉ đạo", "trường")
            vm = _VILLAGE.match(low, end) if head in ("chi bộ", "đảng ủy", "đảng bộ") else None
            if vm:
                name_end = self._village_name(text, low, vm.end())
                if name_end > vm.end():
                    spoken = text[start:name_end]
                    return Mention(start, name_end, _style(spoken), unit_key(spoken), head=head)
            words_from = end
            if long_name and low.startswith(" các ", end):  # "Ban Quản lý các khu công nghiệp"
                nxt = _WORD.match(low, end + 5)
                if nxt and nxt.group() not in _STOP and not _GROUP.match(low, end + 1):
                    words_from = end + 4
            name_end = self._open_words(text, low, words_from, limit=8 if long_name else 5)
            if name_end == words_from:
                name_end = end
            elif head == "trường":  # "Trường Tiểu học Kim Đồng": the name runs on in capitals
                name_end = self._proper_name(text, low, name_end)
            elif head == "đảng ủy" and low[end:name_end].strip() == "khối":
                gm = (
                    _GROUP.match(low, name_end + 1) if low[name_end : name_end + 1] == " " else None
                )
                if gm:  # "Đảng ủy Khối các cơ quan tỉnh"
                    name_end = gm.end()
            if head in ("trung tâm", "bệnh viện", "ban quản lý") and name_end == end:
                return None
        elif cls == "office" and head == "thanh tra":
            if not (_PLACE_RE.match(low, end) or _PARTY_RE.match(low, end)):
                return None
        if name_end == end and cls != "sector":
            # "UBND các huyện, thị xã", "Đảng ủy các cơ quan Đảng Thành phố".
            gm = _GROUP.match(low, end + 1) if low[end : end + 1] == " " else None
            if gm:
                name_end = gm.end()
                pm = _PLACE_RE.match(low, name_end) or _PARTY_RE.match(low, name_end)
                if pm:
                    name_end = self._proper_name(text, low, pm.end())
                spoken = text[start:name_end]
                return Mention(start, name_end, _style(spoken), unit_key(spoken), head=head)
        bare = name_end == end and cls in ("sector", "open")
        # Place: "Thành ủy", "UBND tỉnh", "huyện X".
        stop = name_end
        if cls in ("office", "named", "open", "place") or not bare:
            pm = _PARTY_RE.match(low, stop) if cls in ("office", "named", "open") else None
            if pm:
                stop = pm.end()
                if head == "văn phòng":
                    jm = _JOINT.match(low, stop)
                    if jm and low[stop : jm.end()].strip().startswith(("và", "&")):
                        stop = jm.end()
            pm = _PLACE_RE.match(low, stop)
            if pm:
                stop = self._proper_name(text, low, pm.end())
            elif cls == "place" and stop == name_end and head not in _LEVELLED:
                stop = self._proper_name(text, low, stop)
        if bare and stop == end:
            # "Sở" alone, or "Phòng" alone: resolved later from context.
            return Mention(
                start, end, _style(text[start:end]), unit_key(head), bare=True, head=head
            )
        spoken = text[start:stop]
        key = unit_key(spoken)
        unit = self.lookup(key)
        if unit is not None:
            return Mention(start, stop, unit.name, unit_key(unit.name), unit.id, head=head)
        return Mention(start, stop, _style(spoken), key, head=head)

    def _open_words(self, text: str, low: str, pos: int, limit: int) -> int:
        """Name words after a head, up to a function word or verb; "và" only between name words."""
        end, count = pos, 0
        previous = ""
        for w in _WORD.finditer(low, pos):
            if low[end : w.start()].strip(" -") not in ("", "và") or count >= limit:
                break
            if _PLACE_RE.match(low, end) and not low.startswith(" khu vực", end):
                break  # "Đảng bộ | TP Thái Nguyên": the place and its name follow
            word = w.group()
            if word in _JOINED.get(previous, ()):  # "phát triển", "quản lý" inside a name
                end, count, previous = w.end(), count + 1, word
                continue
            previous = word
            if (word == "quý" and not _QUARTER.match(low, w.end())) or (
                word == "đôn" and not low.startswith(" đốc", w.end())
            ):  # "Lê Quý Đôn", not "quý 4" nor "đôn đốc"
                end, count = w.end(), count + 1
                continue
            if (
                word in _STOP
                or (_HEAD_RE.fullmatch(word) and HEADS[word] != "firm")
                or word.isdigit()
            ):
                if word == "và" and count:
                    nxt = _WORD.match(low, w.end() + 1)
                    if nxt and nxt.group() not in _STOP and not _HEAD_RE.fullmatch(nxt.group()):
                        continue
                break
            end, count = w.end(), count + 1
        return end

    @staticmethod
    def _firm_words(text: str, low: str, pos: int, limit: int = 7) -> int:
        """A firm's, fund's or institute's name: words up to a verb, a function word or a place;
        a pair like "cấp thoát nước" stays in the name when it opens it or is capitalised."""
        end, count = pos, 0
        words = list(_WORD.finditer(low, pos, min(len(low), pos + 120)))
        i = 0
        while i < len(words) and count < limit:
            w = words[i]
            if low[end : w.start()].strip(" -") or _FIRM_VERB.match(low, end):
                break
            if _PLACE_RE.match(low, end):
                break
            word = w.group()
            if count and word in _JOINED.get(words[i - 1].group(), ()):  # "phát triển"
                end, count, i = w.end(), count + 1, i + 1
                continue
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            if nxt in _NAME_PAIRS.get(word, ()) and (
                word == "môi" or count == 0 or _is_cap(text[w.start() : w.end()])
            ):
                end, count, i = words[i + 1].end(), count + 2, i + 2
                continue
            if word in _STOP or (_HEAD_RE.fullmatch(word) and word not in ("trường",)):
                break
            end, count, i = w.end(), count + 1, i + 1
        return end

    @classmethod
    def _village_name(cls, text: str, low: str, pos: int) -> int:
        """A village's name: a number ("khu phố 3"), capitalised words, or in lower-case speech
        up to two words before a verb."""
        nm = _NUMBER.match(low, pos)
        if nm:
            return nm.end()
        if any(c.isupper() for c in text[max(0, pos - 40) : pos + 40]):
            return cls._proper_name(text, low, pos)
        end = pos
        for _ in range(2):
            w = _CAPITALISED.match(low, end)
            word = w.group().strip() if w else ""
            if not word or word in _VERB_START or _HEAD_RE.fullmatch(word) or word in _NOT_NAME:
                break
            end = w.end()
        return end

    @staticmethod
    def _proper_name(text: str, low: str, pos: int) -> int:
        """A place's name: capitalised words ("tỉnh Bắc Ninh"); in lower-case speech, two words
        that are neither function words nor verbs ("huyện ủy sóc sơn chỉ đạo")."""
        nm = _NUMBER.match(low, pos)
        if nm and re.search(
            r"(?:quận|phường|khu phố|tổ|ấp|khu vực)\s*$", low[max(0, pos - 10) : pos]
        ):
            return nm.end()  # "UBND Quận 5", "Phường 3"
        window = text[max(0, pos - 40) : pos + 40]
        if any(c.isupper() for c in window):
            n = 0
            while n < 3:
                m = _CAPITALISED.match(text, pos)
                if not m or not _is_cap(m.group().strip()):
                    break
                pos, n = m.end(), n + 1
            return pos
        nm = _NUMBER.match(low, pos)
        if nm and re.search(
            r"(?:quận|phường|khu phố|tổ|ấp|khu vực)\s*$", low[max(0, pos - 10) : pos]
        ):
            return nm.end()  # "chủ tịch UBND quận 5"
        m = _TWO_WORDS.match(low, pos)
        if m and not any(
            w in _STOP or w in _VERB_START or _HEAD_RE.fullmatch(w) for w in m.group().split()
        ):
            return m.end()
        return pos

    # -- bare heads

    def resolve_bare(self, mentions: list[Mention], context: list[Mention]) -> None:
        """Give a bare "Sở" the one Sở that the context (the meeting) names, or the directory's
        only Sở; otherwise leave it as spoken."""
        for m in mentions:
            if not m.bare:
                continue
            prefix = unit_key(m.head) + " "
            named = {
                c.key: c
                for c in context
                if not c.bare and not c.generic and c.key.startswith(prefix)
            }
            if len(named) == 1:
                c = next(iter(named.values()))
                m.name, m.key, m.unit_id, m.bare = c.name, c.key, c.unit_id, False
                continue
            if not named:
                own = [u for k, u in self._by_key.items() if k.startswith(prefix)]
                if len(own) == 1:
                    u = own[0]
                    m.name, m.key, m.unit_id, m.bare = u.name, unit_key(u.name), u.id, False


# Heads as the official style writes them, for names heard in lower case.
_HEAD_STYLE = {
    "ban thường vụ": "Ban Thường vụ", "ban chấp hành": "Ban Chấp hành",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra", "ban chỉ huy quân sự": "Ban Chỉ huy Quân sự",
    "bộ chỉ huy quân sự": "Bộ Chỉ huy Quân sự", "kho bạc nhà nước": "Kho bạc Nhà nước",
    "liên đoàn lao động": "Liên đoàn Lao động",
    "ủy ban mặt trận tổ quốc": "Ủy ban Mặt trận Tổ quốc", "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ban quản lý": "Ban Quản lý",
    "ban chỉ đạo": "Ban Chỉ đạo", "bộ chính trị": "Bộ Chính trị", "đảng đoàn": "Đảng đoàn",
    "ban cán sự đảng": "Ban cán sự đảng", "viện kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
    "tòa án nhân dân": "Tòa án nhân dân", "thường trực": "Thường trực",
}  # fmt: skip
_OVER_RE = re.compile(r"(?:đảng đoàn|ban cán sự đảng)\s+")
# Members taken together: "các đồng chí Ủy viên Ban Thường vụ", "các đồng chí cấp ủy viên".
COLLECTIVE = re.compile(
    r"(?<!\w)các đồng chí\s+(?:ủy viên|thành viên|cấp ủy viên|huyện ủy viên|tỉnh ủy viên|"
    r"thành ủy viên|đảng ủy viên|đại biểu)(?!\w)"
)


def _style(spoken: str) -> str:
    """A unit name as spoken, written the official way: 'sở nội vụ' → 'Sở Nội vụ'."""
    joined = " ".join(spoken.split())
    om = _OVER_RE.match(joined.lower())
    if om:  # "đảng đoàn hđnd huyện" → "Đảng đoàn HĐND huyện"
        inner = joined[om.end() :]
        styled_inner = inner if inner[:1].isupper() else _style(inner)
        return _HEAD_STYLE[om.group().strip()] + " " + styled_inner
    styled = _style_one(joined)
    hm = _HEAD_RE.match(styled.lower())
    if hm and hm.group() in _HEAD_STYLE and not any(c.isupper() for c in joined[1:]):
        styled = _HEAD_STYLE[hm.group()] + styled[hm.end() :]
    return styled


def _style_one(spoken: str) -> str:
    joined = " ".join(spoken.split())
    if not joined or any(c.isupper() for c in joined):
        return joined[:1].upper() + joined[1:]
    words = [w.upper() if w in _ABBR_UPPER else w for w in joined.split()]
    result = " ".join(words)
    result = result[:1].upper() + result[1:]
    # The name after the head ("Sở nội vụ" → "Sở Nội vụ") and party suffixes.
    hm = _HEAD_RE.match(result.lower())
    after = result.lower()[hm.end() + 1 :] if hm else ""
    if hm and after and not after.startswith("các") and not result.lower().startswith("các"):
        i = hm.end() + 1
        pm = _PLACE_RE.match(" " + after)
        if pm is None and HEADS.get(hm.group()) in ("place", "press"):  # "huyện ủy sóc sơn"
            result = result[:i] + result[i:].title()
        elif pm is None:
            result = result[:i] + result[i].upper() + result[i + 1 :]
        elif pm.end() - 1 < len(after) and not _PARTY_RE.match(" " + after):
            # "ủy ban nhân dân xã tiên phong" → "Ủy ban nhân dân xã Tiên Phong"
            j = i + pm.end() - 1
            result = result[:j] + result[j:].title()
    for suffix in ("thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy"):
        result = re.sub(rf"(?<=\s){suffix}", suffix.capitalize(), result)
    return result
