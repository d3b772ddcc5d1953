"""The words of unit names: abbreviations and their full forms, the sectors and names that may
follow a head, the heads and their classes, and the patterns built from them."""

from __future__ import annotations

import re

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
