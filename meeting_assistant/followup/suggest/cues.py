"""The words that mark tasks and conclusions, and the grammar around them (lower case, accents
kept): the lexicons every suggestion rule reads. Patterns only; the rules live beside them.
"""

from __future__ import annotations

import re

# --- cue lexicons (lower-case, with accents) --------------------------------------------------

TASK_CUE = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu|phân công|chỉ đạo|lưu ý|"
    r"giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+cho)?)"
    r"(?!\w)(?!\s+(?:thông|lưu|dịch|nhận|tiếp|kết|hàng|thương|nộp|đất|rừng|của|nhiệm vụ\b))"
)
TASK_BOUND = re.compile(
    r"(?:được|đã|bàn|họp|buổi|cuộc|chuyển|theo|của|sự|sẽ|đang|việc|để|nhằm|nội dung|ý kiến|"
    r"các|những|mọi|"
    r"với|ứng|là|kính|xin|chúng tôi|chúng em|không|chưa|lãnh đạo|có|thực hiện|cùng)\s*,?\s*$"
)
NOT_OBJECT = re.compile(r"\s*(?:của|là|đặt ra|nhiệm vụ|đối với|về|này|đó|trên)(?!\w)")
CONCLUSION_CUE = re.compile(
    r"(?<!\w)(?:không đồng ý|không thống nhất|chưa thống nhất|chưa đồng ý|cơ bản thống nhất|"
    r"cơ bản đồng ý|cơ bản nhất trí|ghi nhận|biểu dương|đánh giá cao|hoan nghênh|khen ngợi|"
    r"thống nhất|đồng ý|nhất trí|chấp thuận|không chấp thuận|phê bình|nghiêm khắc rút kinh nghiệm)"
    r"(?!\w)"
)
CONCLUSION_BOUND = re.compile(
    r"(?:sự|tạo|tính|được|để|cần|phải|nếu|khi|có|sẽ|đang|bảo đảm|đảm bảo|quản lý|chưa được|các|"
    r"một|và|thực hiện|theo|mong|muốn|xin|trình)\s*,?\s*$"
)
WEAK_CONCLUSION = {"thống nhất", "đồng ý", "nhất trí", "chấp thuận"}
WEAK_OBJECT = re.compile(
    r"\s*,?\s*(?:với|thông qua|chủ trương|nội dung|phương án|đề xuất|kết luận|báo cáo|dự thảo|"
    r"cao|đánh giá|là|như|việc|các|ban hành|chọn|giao|đề nghị|kiến nghị|tờ trình|điều chỉnh|"
    r"bổ sung|cho|kế hoạch|quy chế|danh sách|hồ sơ|tiếp tục|đưa|lựa chọn|sửa đổi|mức|thời gian|"
    r"về|số lượng|tổ chức|đầu tư)(?!\w)"
)
CHAIR_SUBJECT = re.compile(
    r"(?:hội nghị|ban thường vụ|thường vụ|thường trực|tập thể|đoàn kiểm tra|đoàn giám sát|"
    r"chúng ta|lãnh đạo|ban chấp hành|cuộc họp|thành viên)\s+(?:đã\s+)?$"
)
# After "[unit]", these make it the one who must act.
SUBJECT_VERB = re.compile(
    r"\s*,?\s*(?:chủ trì|cần phải|cần|phải|khẩn trương|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|"
    r"được giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?=\s+\w)|"
    r"tham mưu|chủ động|sớm|tập trung|nghiêm túc|kịp thời|trực tiếp|tiếp tục|rà soát|hoàn thành|"
    r"theo dõi|đôn đốc|tăng cường|tiến hành|lãnh đạo|đẩy mạnh|quan tâm|"
    r"(?:làm|là)(?: cơ quan)? đầu mối)"
    r"(?!\w)(?!\s+(?:được|có được))"
)
# Words after which a unit is an object or an owner ("của Sở", "giao Sở"), not a subject.
OBJECT_WORDS = (
    r"của|với|cho|và|tại|ở|thuộc|đối với|đề nghị|yêu cầu|giao|là|như|cả|cùng|về|từ|đến|"
    r"trong|phối hợp|hợp"
)
NOT_SUBJECT_BEFORE = re.compile(rf"(?:{OBJECT_WORDS})\s*,?\s*$")
ACTION_VERBS = (
    r"tiếp tục|rà soát|hoàn thiện|đẩy mạnh|tăng cường|triển khai|xây dựng|tổ chức|tuyên truyền|"
    r"nghiên cứu|khẩn trương|chỉ đạo|kiểm tra|tập trung|quan tâm|nâng cao|chủ động|bảo đảm|"
    r"đảm bảo|thực hiện|theo dõi|đôn đốc|phối hợp|cần|phải|tham mưu|sớm|kịp thời|báo cáo|"
    r"hoàn thành|quán triệt|giải quyết|xử lý|khắc phục|chấn chỉnh|cập nhật|bổ sung|điều chỉnh|"
    r"nghiêm túc|làm tốt|rà|lập|trình|ban hành|bố trí|chuẩn bị|thẩm định|tổng hợp|cung cấp|"
    r"phân công|tiến hành|đề xuất|tích cực|quyết liệt|sắp xếp|kiện toàn|thường xuyên|"
    r"khẩn|làm việc|gửi|hướng dẫn|lãnh đạo|phát động|vận động|giám sát|nắm|duy trì|đẩy nhanh|"
    r"chăm lo|thông báo|phổ biến|phát hiện|ngăn chặn|kiểm soát|tiếp thu|soạn thảo|bám sát|"
    r"chuẩn bị|tuân thủ|thành lập"
)
ACTION = re.compile(
    r"\s*,?\s*(?:các đồng chí|đồng chí|các bạn|mọi|toàn thể|cán bộ|đảng viên|chúng ta|mỗi|"
    rf"{ACTION_VERBS})(?!\w)"
)
ACTION_VERB = re.compile(rf"(?:{ACTION_VERBS})(?!\w)(?!\s+(?:được|xong|rồi)(?!\w))")
# Between a unit at the head of a clause and its verb: "thì", "theo chức năng, nhiệm vụ được
# giao", "trực thuộc UBND huyện" (handled by the caller), a stray comma.
HEAD_GAP = re.compile(
    r"\s*,?\s*(?:\([^()]{0,120}\)\s*:?\s*)?(?:là (?:cơ quan|đơn vị) [^,.;:]{1,80}?,?\s*"
    r"(?=có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|chủ trì|tham mưu))?"
    r"(?:thì\s+)?(?:(?:các đồng chí|đồng chí|anh chị)\s+(?:thì\s+)?)?"
    r"(?:được (?:phân công|giao)(?:\s+phụ trách)?\s*,?\s*)?"
    r"(?:(?:theo|căn cứ(?:\s+vào)?|trong phạm vi|theo đúng)\s+(?:chức năng\s*,?\s*)?"
    r"(?:nhiệm vụ|chức năng|lĩnh vực|địa bàn)(?:\s*,?\s*(?:quyền hạn|địa bàn|lĩnh vực))?"
    r"(?:\s+(?:được giao|của mình|của đơn vị|(?:được\s+)?phân công(?:\s+phụ trách)?))?"
    r"\s*,?\s*)?"
)
# Words that address the unit that opens a clause: "xin lưu ý", "các đồng chí", "riêng".
_ADDRESSING = r"(?:xin\s+)?lưu ý|(?:các\s+)?đồng chí|riêng|còn|về phía|thì"
ADDRESS = re.compile(rf"(?:{_ADDRESSING}|xin|đối với)\s*,?\s*")
ADDRESS_TAIL = re.compile(rf"(?:(?:{_ADDRESSING})\s*,?\s*)+$")  # the same words ending a text
# A person's title before the unit they head: the unit is the one who acts.
TITLE = re.compile(
    r"(?:đồng chí\s+)?(?:thủ trưởng|người đứng đầu|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|"
    r"chánh văn phòng|chánh thanh tra|trưởng|phó trưởng|lãnh đạo|chỉ huy trưởng|cục trưởng|"
    r"chi cục trưởng|hiệu trưởng|tổng giám đốc)\s*,?\s*"
)
# What may stand between a unit and its verb when the unit opens a new clause in running speech.
CUT_GAP = re.compile(r" *(?:thì +)?")
# Words that carry a clause on past a deadline phrase ("trước ngày 30/9 để tổng hợp").
GOES_ON = {
    "và", "để", "nhằm", "theo", "cho", "của", "với", "hoặc", "hay", "là", "năm", "tới", "này",
    "sau", "đến", "trước", "nhưng", "song", "đồng", "kể", "làm",
}  # fmt: skip
# Verbs that a unit opening a clause may do in a report or an agenda: a task only with a deadline.
REPORTING_VERBS = {"làm việc", "báo cáo", "gửi", "trình", "tổ chức"}
# After these, a unit is an object or an owner, not the subject of what follows.
OBJECT_BEFORE = re.compile(
    rf"(?:{OBJECT_WORDS}|"
    r"trình|báo cáo|gửi|tham mưu|giúp|hướng dẫn|chỉ đạo|mời|đại diện|"
    r"thay mặt|kiến nghị|đề xuất|kính|hỗ trợ|phê bình|biểu dương|ghi nhận|đánh giá cao|khen|"
    r"cảm ơn|theo|sự|lên|tới|thông báo|đôn đốc|kiểm tra|giám sát|trưởng|phó|giám đốc|"
    r"chủ tịch|bí thư|lãnh đạo|thủ trưởng|người đứng đầu|chủ trì|các|những|mọi|toàn|"
    r"trực thuộc|bởi|do|được|qua|sang|nhận|lưu ý|cấp|để|nhằm|mà|nếu|khi|thường trực|"
    r"cơ quan)\s*,?\s*$"
)
UPWARD_BEFORE = re.compile(
    r"(?:kính|xin|chúng tôi|chúng em|em|đơn vị|(?<!công )(?<!trụ )(?<!cơ )sở|huyện|chúng tôi xin|"
    r"tôi xin|"
    r"chúng tôi kính|đơn vị kính|(?:chúng tôi|chúng em|em|đơn vị) cũng)\s*,?\s*$"
)
CLARIFY = re.compile(
    r"\s*,?\s*(?:làm rõ|giải trình|cho biết|trả lời|nói rõ|phân tích thêm|thông tin thêm|"
    r"cho ý kiến|xem xét|quan tâm xem xét)(?!\w)"
)
CHAIR_HEADS = {
    "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "ban thường vụ", "btv", "thường trực",
    "ban chấp hành", "bch", "đoàn", "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân",
    "đảng ủy", "bộ chính trị",
}  # fmt: skip
# The chair's own bodies: what they direct, the units directed do.
TOP_CHAIRS = {"ubnd", "ủy ban nhân dân", "tỉnh ủy", "thành ủy", "ban thường vụ", "thường trực"}
# Bodies that decide with the chair in joint meetings ("HĐND - UBND - Ủy ban MTTQ … đã thống nhất").
DECIDING_HEADS = {
    "mttq", "ủy ban mặt trận tổ quốc", "mặt trận tổ quốc", "ubmttq", "ban chỉ đạo", "tiểu ban",
}  # fmt: skip
PHOI_HOP = re.compile(
    r"(?<!\w)(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|với sự phối hợp của|cùng với)(?!\w)"
)
LIST_GAP = re.compile(r"^[\s,;&\-]*(?:(?:và|với|cùng|các|cũng như)[\s,]*)*$")
ADDRESSEE_GAP = re.compile(
    r"^[\s,]*(?:(?:cho|các|đồng chí|lãnh đạo|thủ trưởng|giám đốc|phó giám đốc|chủ tịch|"
    r"phó chủ tịch|chánh|trưởng|phó|bí thư|người đứng đầu|tập thể|ban giám đốc|cấp ủy|"
    r"ngay|tiếp tục|thì|là|à|ừ|ờ|ở|trong|thuộc|bên|phía|về phía|thành viên|các thành viên|"
    r"của|"
    # "đề nghị, sau kỳ họp này, Thường trực HĐND tỉnh …", "đề nghị, thời gian tới đội ngũ …"
    r"sau (?:kỳ họp|hội nghị|cuộc họp|buổi làm việc|phiên họp|đợt giám sát)(?: này)?|"
    r"(?:trong )?thời gian tới|từ nay đến cuối năm|trước mắt)[\s,]*)*$"
)
PEOPLE = re.compile(r"\s*(?:các đồng chí|đồng chí|các bạn|anh chị|các anh chị)(?!\w)")
QUESTION = re.compile(
    r"\?|(?<!\w)(?:thế nào|bao giờ|vì sao|tại sao|được không|có không|hay không|phải không)(?!\w)"
)
PERIOD = re.compile(
    r"(?<!\w)(?:trong|sau|qua)\s+(?:\d+|\w+)\s+(?:ngày|tuần|tháng|năm|quý)"
    r"(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+qua)?$"
)
NEGATIVE_END = re.compile(
    r"(?<!\w)(?:chưa|không)\s+(?:đồng ý|thống nhất|nhất trí|chấp thuận)(?!\w)"
)
PAST_AFTER = re.compile(r"[\s,]*(?:\w+\s+){0,4}?(?:đã|vừa)\s")
HARD_GAP = re.compile(r"[.!?;:\n]")
ANNOUNCE = re.compile(r"(?<!\w)(?:như sau|sau đây)(?!\w)")
DEADLINE_START = re.compile(
    r"\s*(?:truoc|cham nhat|trong|thuong xuyen|kip thoi|lien tuc|dinh ky|hang|han chot)(?!\w)"
)
DEADLINE_LEAD = re.compile(
    r"^(?:thời hạn|hoàn thành|xong|báo cáo kết quả|trước|chậm nhất|hạn chót|kết quả"
    r"|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành|thực hiện thường xuyên"
    r"|(?:đây |đó )?là (?:nhiệm vụ|việc|công việc) (?:thường xuyên|liên tục|trong)"
    r"|định kỳ|hằng (?:tháng|quý|năm|tuần)|hàng (?:tháng|quý|năm|tuần))(?!\w)"
)
LABEL_AT_END = re.compile(
    r"(?<!\w)(?:thời hạn|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành)\s*$"
)
# A label that a colon parts from its deadline: "thời gian thực hiện: thường xuyên".
DEADLINE_LABEL = re.compile(
    r"^(?:thời hạn|thời gian (?:thực hiện|hoàn thành)|hạn hoàn thành)(?:\s+(?:là|dự kiến))?$"
)


# A news report's time stamp opening the sentence ("Chiều 29/5, UBND tỉnh thảo luận …"): what
# follows is narrated, not assigned; only an explicit "giao / yêu cầu / đề nghị" makes it a task.
NUMWORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn)"
STAMP = re.compile(
    rf"(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?ngày\s+{NUMWORD}(?:\s+{NUMWORD}){{0,3}}\s+tháng\s+"
    rf"{NUMWORD}(?!\w)|"
    r"(?:(?:sáng|chiều|tối|trưa|đêm|hôm qua|hôm nay)\s*(?:ngày\s*)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{2,4})?)?|ngày\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,2}|\s+(?:và|tháng)\s+\d{1,2})"
    r"(?:\s*[/.\-]\s*\d{2,4})?|từ ngày)(?!\w)"
)
BRIEFING = re.compile(
    r"\s+ban\s+(?:thường xuyên|định kỳ|hằng|hàng|trực tuyến|tuần|tháng|quý|công tác|bí thư|giữa|"
    r"báo chí|đầu|cuối)(?!\w)"
)
# "Dự họp có …", "Tham dự hội nghị có …": the list of those present.
ATTENDANCE = re.compile(
    r"(?:cùng\s+)?(?:tham\s+)?dự(?:\s+(?:và chỉ đạo\s+)?(?:họp|hội nghị|cuộc họp|buổi làm việc|"
    r"phiên họp|buổi họp))?\s+(?:còn\s+)?có(?!\w)"
)
# "chủ trì cuộc họp": presiding, not leading a task.
PRESIDES = re.compile(
    r"\s*(?:cuộc họp|hội nghị|phiên họp|buổi làm việc|buổi họp|hội thảo|lễ|buổi gặp|đoàn|kỳ họp|"
    r"và phát biểu|,?\s*(?:cùng|đồng) chủ trì)(?!\w)"
)
# The verbs a task with no named subject opens with ("Tập trung triển khai …", "Khẩn trương
# hoàn thiện …", "Đồng thời, rà soát …"): the chair's imperative.
IMPERATIVE = re.compile(
    r"(?:tập trung|tiếp tục|khẩn trương|rà soát|chủ động|tăng cường|đẩy mạnh|đẩy nhanh|triển khai|"
    r"thực hiện nghiêm|thực hiện tốt|thực hiện|chỉ đạo|phối hợp|hoàn thành|hoàn thiện|bảo đảm|"
    r"đảm bảo|kiểm tra|nâng cao|quan tâm|chấn chỉnh|nghiên cứu|tham mưu|xây dựng|rà|sớm|kịp thời|"
    r"nghiêm túc|"
    r"quyết liệt|cần|phải|khắc phục|xử lý|giải quyết|hướng dẫn|tuyên truyền|chuẩn bị|bố trí|"
    r"kiện toàn|duy trì|phát huy|làm tốt|yêu cầu|đề nghị|giao|cập nhật|lập|đôn đốc|theo dõi|"
    r"bám sát|phấn đấu|tổ chức tốt|tổ chức thực hiện|tổng hợp|chủ trì|"
    r"(?:tuyệt đối )?không (?:để|được)|tuyệt đối không)(?!\w)"
    r"(?!\s+(?:được|xong|rồi)(?!\w))"
)
# What may open a clause before its imperative: discourse markers, a condition, numbering.
OPENERS = re.compile(
    # a time span first, so that "6 tháng cuối năm" is not read as the point numbered 6
    r"(?:(?:(?:trong\s+)?(?:6|sáu|những|các) tháng (?:cuối|đầu|còn lại của) năm(?: \d{4})?|"
    r"từ nay đến (?:cuối|hết) (?:năm|tháng|quý)(?: \d{4})?|"
    r"theo (?:chức năng|thẩm quyền)(?:,? nhiệm vụ)?(?:[^.;:]{0,40}?được giao)?)\s*[,:]?\s*|"
    r"(?:\d{1,2}|[a-zđ])[.)]\s*|\d{1,2}\s+(?![\d\s])|[-–•+]\s*|"
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?=(?:khẩn trương|tập trung|tiếp tục|chủ động|"
    r"rà soát|phối hợp|đề nghị|yêu cầu|giao|triển khai|tăng cường|đẩy mạnh)(?!\w))|"
    r"(?:theo đó|cùng với đó|đồng thời|bên cạnh đó|trên cơ sở (?:đó|này)|"
    r"trong đó|ngoài ra|mặt khác|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy)|(?:một|hai|ba|bốn|năm) là|"
    r"tiếp theo|trước mắt|về lâu dài|riêng|do đó|vì vậy|vì thế|để (?:[^,.;:]{1,60},\s*){1,3}|"
    r"nếu [^,.;:]{1,80},|"
    r"(?:về|đối với) [^,.;:]{1,60},|trong (?:thời gian tới|năm|tháng|quý) [^,.;:]{0,20}|"
    # heard with no comma: "đối với các nội dung vượt thẩm quyền | chủ động phối hợp …"
    r"(?:về|đối với) [^,.;:]{1,60}?(?=\s(?:chủ động|khẩn trương|tập trung|tiếp tục|cần|phải|"
    r"đề nghị|yêu cầu|giao|kiên quyết)(?!\w))|"
    r"(?:6|sáu) tháng (?:cuối|đầu) năm(?: \d{4})?|thời gian tới|căn cứ [^,.;:]{1,60},|"
    r"rồi|thì|và|còn|"
    r"định kỳ [^,.;:]{0,40}|hằng (?:tháng|quý|năm|tuần)|"
    r"(?:trong|trước|đến|chậm nhất)\s+(?:ngày|tháng|quý|tuần|năm)\s+[^,.;:]{1,30})"
    r"\s*[,:]?\s*)+"
)
# A figure reached: the clause reports a result, it does not order one.
RESULT = re.compile(
    r"(?<!\w)(?:đạt|bằng|tăng|giảm|ước đạt)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?"
    r"(?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:mươi|trăm|nghìn|triệu|tỷ|phẩy|phần))|"
    r"\d\s*%|phần trăm|"
    r"(?<!\w)\d[\d.,]*\s+(?:tỷ đồng|triệu đồng|ha|tấn|km|lượt)(?!\w)"
)
SAID_TWICE = re.compile(r"(\w+)\s+(?=\1(?!\w))")
# A duty put on the work itself: "việc rà soát … phải được thực hiện cẩn thận".
PASSIVE_DUTY = re.compile(
    r"(?<!\w)(?:việc|công tác)\s[^.;:]{3,100}?\s(?P<cue>(?:phải|cần)(?: phải)? được)\s+"
    r"(?:thực hiện|triển khai|hoàn thành|tiến hành|xử lý|giải quyết|rà soát|quan tâm|làm|"
    r"chuẩn bị|tổ chức|kiểm tra|khắc phục|đẩy nhanh|đẩy mạnh|bảo đảm|đảm bảo)(?!\w)"
)
SPOKEN_NUMBERING = re.compile(r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|thứ \w+)\s+")
NARRATED = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")
CONTINUES = re.compile(r"\s*(?:đồng thời|ngoài ra|bên cạnh đó|cùng với đó|mặt khác)(?!\w)")
# The chair announcing what follows: "… kết luận nội dung phiên họp như: | đề nghị …".
ANNOUNCES = re.compile(
    r"(?<!\w)(?:kết luận|chỉ đạo|nhấn mạnh|lưu ý|yêu cầu|phát biểu)(?!\w)[^.;]{0,50}?"
    r"(?:như|sau|sau đây|cụ thể)?\s*:?\s*$"
)
CHAIR_TITLE = re.compile(
    r"(?<!\w)(?:chủ tịch|bí thư|phó thủ tướng|thủ tướng|bộ trưởng|giám đốc|trưởng ban|tôi)(?!\w)"
)
HIGHER = re.compile(
    r"\s*(?:với\s+)?(?:ubnd tỉnh|ủy ban nhân dân tỉnh|ubnd thành phố|ủy ban nhân dân thành phố|"
    r"thủ tướng|chính phủ|bộ|trung ương|tỉnh|thành phố|cấp trên|hđnd|hội đồng nhân dân|"
    r"thường trực|ban thường vụ|tỉnh ủy|thành ủy)(?!\w)"
)
NUMBERING = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}|[a-zđ])[.)](?=\s|$)")


SENT_TO = re.compile(r"(?<!\w)(?:gửi|đến)\s+")
CUE_WORDS = re.compile(r"(?<!\w)(?:giao|đề nghị|yêu cầu|thống nhất|đồng ý|kết luận)(?!\w)")
STRONG_SUBJECT = re.compile(
    r"(?<!\w)(?:khẩn trương|chủ trì|có trách nhiệm|chịu trách nhiệm|cần phải|phải|tham mưu)(?!\w)"
)
PAST_NEAR = re.compile(r"(?:\w+\s+){0,3}?(?:đã|vừa|đang|được)(?!\w)")
# Judgements that stand even after "đã / đều" ("đồng chí Bí thư đã biểu dương …", "các đại biểu
# đều thống nhất cao với …"): unlike "thống nhất", they never report a unit's own work.
STRONG_JUDGEMENT = re.compile(
    r"(?:biểu dương|đánh giá cao|hoan nghênh|khen ngợi|phê bình|ghi nhận(?!\s+(?:\d|được|tại|có|"
    r"trên|tổng|khoảng|thêm|gần|hơn|trường hợp|ca|vụ))|(?:thống nhất|nhất trí|đồng ý) cao|"
    r"(?:thống nhất|nhất trí)(?: cao)? với|cơ bản (?:thống nhất|nhất trí|đồng ý))(?!\w)"
)
# An assessment by the chair or the meeting ("Chủ tịch UBND tỉnh cho rằng …", "Nhìn chung …",
# "Hội đồng thẩm định nhận xét …", "biểu quyết thông qua …").
ASSESSMENT = re.compile(
    r"(?<!\w)(?:nhìn chung|cho rằng|nhận xét|nhận định|đánh giá là|đánh giá:|biểu quyết thông qua|"
    r"khẳng định|"
    r"thống nhất thông qua|thống nhất đánh giá|thống nhất chỉnh sửa|thống nhất nhận định|chỉ rõ|"
    r"chỉ ra|(?<!được )(?:đã|cơ bản)\s+thông qua(?=\s+(?:dự thảo|nghị quyết|kế hoạch|đề án|"
    r"báo cáo|quy chế|văn bản|các văn bản|các nội dung|các dự thảo|"
    r"danh sách|chương trình|nội dung|phương án|tờ trình)))(?!\w)"
)
ASSESSOR = re.compile(
    r"(?<!\w)(?:chủ tịch|bí thư|hội nghị|hội đồng|ban thường vụ|thường trực|tôi|đồng chí|"
    r"ban chấp hành|lãnh đạo|tập thể|các đại biểu|đại biểu|các ý kiến|ý kiến|phó thủ tướng|"
    r"thủ tướng|bộ trưởng|trưởng ban|giám đốc|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|thành viên|"
    r"ubnd|ủy ban nhân dân|hđnd)(?!\w)"
)


# A deadline that opens its clause: what follows is the task it sets the time of.
DEADLINE_OPENS = re.compile(
    r"(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–•+]\s*)?(?:trong|trước|chậm nhất|đến|từ nay đến)\s+"
    r"(?:ngày|tháng|quý|tuần|năm)\s+[^,.;:]{1,30}"
)
# Asking the one above to assign ("Đề xuất UBND tỉnh giao Sở Tài chính …", "kiến nghị Bộ Tài
# chính xem xét, cho phép …"): an upward request, whatever cue follows.
UPWARD_ASK = re.compile(
    r"(?<!\w)(?:kiến nghị|đề xuất|kính đề nghị|kính trình|xin)(?:\s+với)?\s+"
    r"(?:ubnd|ủy ban nhân dân|thủ tướng|chính phủ|bộ|trung ương|hđnd|hội đồng nhân dân|"
    r"thường trực|ban thường vụ|tỉnh ủy|thành ủy|cấp trên|lãnh đạo)(?!\w)[^.;:!?]{0,40}?"
    r"(?:\s*,?\s*(?:sớm|xem xét|cho phép|chấp thuận|quan tâm|chỉ đạo|phê duyệt))*\s*,?\s*$|"
    # "(tôi) đề nghị UBND tỉnh xem xét, giao …": asking the one above to consider assigning
    r"(?<!\w)đề nghị(?:\s+với)?\s+(?:ubnd|ủy ban nhân dân|thủ tướng|chính phủ|bộ|trung ương|hđnd|"
    r"hội đồng nhân dân|thường trực|ban thường vụ|tỉnh ủy|thành ủy|cấp trên)(?!\w)[^.;:!?]{0,40}?"
    r"\s*,?\s*xem xét(?:\s*,?\s*(?:cho phép|chấp thuận|quyết định))?\s*,?\s*$"
)
# A unit as the topic, then those present told to act: "còn bên công an tỉnh thì các đồng chí
# phải tăng cường …".
TOPIC_GAP = re.compile(
    r"\s*,?\s*thì\s+(?:(?:các đồng chí|các anh chị|anh chị|các bạn|chúng ta)\s+(?:cũng\s+)?)?"
)
# A deadline set between a unit and its verb: "Sở Y tế, trước ngày 15/9, phải kiểm tra …".
INSERTED_DEADLINE = re.compile(
    r"\s*,\s*(?:trước|chậm nhất|trong|đến|từ nay đến|ngay trong|hạn chót)\s+[^,.;:!?]{2,40},"
)
# Quotation marks around a chair's words ("“Tập trung rà soát …”").
QUOTES = "\"'“”‘’«»"
# Those present, as the subject the chair speaks to: "các đồng chí phải …", "chúng ta cần …".
WE = re.compile(r"(?:các đồng chí|chúng ta|các anh chị|anh chị em)\s+(?:cũng\s+)?")
# Work sent up by a date ("Trình UBND tỉnh trước ngày 10/8", "Báo cáo kết quả về Sở Nội vụ trước
# 15/7"): at a sentence's start with a dated deadline, an order.
REPORT_VERB = re.compile(r"(?:trình|báo cáo|gửi|nộp|hoàn thành|hoàn thiện)(?!\w)")
DATED = re.compile(
    r"(?<!\w)(?:trước|chậm nhất|hạn chót|trong thời hạn)\s+(?:ngày\s+|\d{1,2}\s*(?:giờ|h)\S*\s+)?"
    r"(?:\d|ngày|tháng|quý|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín|một)"
)
# A duty put on a thing, by a date: "Số liệu phải được gửi về Bộ Nội vụ trước 30/8."
MUST_BE_DONE = re.compile(r"(?<!\w)(?:phải|cần)(?: phải)? được\s+\w")
# A unit's commitment by a date: "Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ trước 30/9."
WILL = re.compile(r"\s*,?\s*sẽ\s+(?!được|có|là|không)\w")
# A commune, district or ward named after a cue: "đề nghị huyện Hoài Đức triển khai …".
PLACE_ADDRESSEE = re.compile(r"\s+(?:các\s+)?(?P<place>huyện|xã|phường|quận|thị xã|thị trấn)\s+")
