// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include "core/vietnamese.h"

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

struct TypeSeed
{
    const char16_t *name;
    const char16_t *abbreviation;
};

// NĐ 30/2020 art. 7 and PL III, the legal types (Luật 80/2015) and the Party types of HD 36-HD/VPTW
// that come to a provincial records office.
const TypeSeed kTypes[] = {
    {u"Nghị quyết", u"NQ"},
    {u"Quyết định", u"QĐ"},
    {u"Chỉ thị", u"CT"},
    {u"Quy chế", u"QC"},
    {u"Quy định", u"QyĐ"},
    {u"Thông cáo", u"TC"},
    {u"Thông báo", u"TB"},
    {u"Hướng dẫn", u"HD"},
    {u"Chương trình hành động", u"CTr"},
    {u"Chương trình", u"CTr"},
    {u"Kế hoạch", u"KH"},
    {u"Phương án", u"PA"},
    {u"Đề án", u"ĐA"},
    {u"Dự án", u"DA"},
    {u"Báo cáo", u"BC"},
    {u"Biên bản", u"BB"},
    {u"Tờ trình", u"TTr"},
    {u"Hợp đồng", u"HĐ"},
    {u"Công văn", u"CV"},
    {u"Công điện", u"CĐ"},
    {u"Bản ghi nhớ", u"BGN"},
    {u"Bản thỏa thuận", u"BTT"},
    {u"Giấy ủy quyền", u"GUQ"},
    {u"Giấy mời", u"GM"},
    {u"Giấy giới thiệu", u"GGT"},
    {u"Giấy nghỉ phép", u"GNP"},
    {u"Phiếu gửi", u"PG"},
    {u"Phiếu chuyển", u"PC"},
    {u"Phiếu báo", u"PB"},
    {u"Thư công", u""},
    {u"Nghị định", u"NĐ"},
    {u"Thông tư liên tịch", u"TTLT"},
    {u"Thông tư", u"TT"},
    {u"Luật", u""},
    {u"Bộ luật", u""},
    {u"Hiến pháp", u""},
    {u"Pháp lệnh", u""},
    {u"Kết luận", u"KL"},
    {u"Văn bản hợp nhất", u"VBHN"},
    {u"Thông tri", u"TT"},
    {u"Văn bản", u""},
};

QChar ocrDigit(QChar c)
{
    switch (c.unicode()) {
    case 'o':
        return u'0';
    case 'i':
    case 'l':
    case '|':
        return u'1';
    case '&':
        return u'8';
    case 's':
        return u'5';
    case 'b':
        return u'6';
    default:
        return c;
    }
}

int ocrNumber(QStringView text)
{
    QString digits;
    for (QChar c : text)
        digits += ocrDigit(c);
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok ? n : -1;
}

QDate validDate(int year, int month, int day)
{
    if (year < 1945 || year > 2100)
        return {};
    return QDate(year, month, day);
}

// Đ is read by OCR as D, b or P; compare abbreviations with those collapsed, ignoring case.
QString dKey(QStringView s)
{
    QString out;
    for (QChar c : s) {
        const QChar u = c.toUpper();
        out += (u == u'Đ' || u == u'D' || c == u'b' || u == u'P') ? u'D' : u;
    }
    return out;
}

bool isAcronym(const QString &word)
{
    QString letters;
    for (QChar c : word)
        if (c.isLetter())
            letters += c;
    if (letters.size() < 2 || letters.toUpper() != letters)
        return false;
    return !text::isSyllable(letters) || letters.size() > 7;
}

bool capitalizesNext(const QString &lowerWord)
{
    static const QStringList heads
        = {u"bộ"_s, u"sở"_s, u"cục"_s, u"ban"_s, u"vụ"_s, u"viện"_s, u"thuế"_s, u"kho"_s, u"và"_s, u"-"_s};
    return heads.contains(lowerWord);
}

bool startsPlace(const QString &lowerWord, const QString &previous)
{
    static const QStringList markers = {u"tỉnh"_s, u"phố"_s, u"huyện"_s, u"quận"_s, u"xã"_s, u"phường"_s, u"trấn"_s};
    static const QStringList committees = {u"tỉnh"_s, u"thành"_s, u"huyện"_s, u"quận"_s, u"thị"_s};
    if (lowerWord == u"ủy"_s || lowerWord == u"uỷ"_s)
        return committees.contains(previous); // "Tỉnh ủy Kiên Giang", not "Ủy ban"
    return markers.contains(lowerWord);
}

QString capitalized(const QString &word)
{
    if (word.isEmpty())
        return word;
    return word.left(1).toUpper() + word.mid(1);
}

} // namespace

QString foldText(const QString &nfcText)
{
    QString folded = text::stripDiacritics(nfcText);
    if (folded.size() != nfcText.size()) {
        folded.clear();
        for (QChar c : nfcText) {
            const QString one = text::stripDiacritics(QStringView(&c, 1));
            folded += one.size() == 1 ? one.at(0) : c;
        }
    }
    return folded.toLower();
}

Line prepareLine(const SourceLine &source)
{
    Line line;
    line.text = text::nfc(source.text);
    for (QChar &c : line.text) {
        if (c == u'*' || c == u'\t' || c == QChar(0xA0))
            c = u' ';
    }
    line.fold = foldText(line.text);
    line.page = source.page;
    line.box = source.box;
    return line;
}

const QList<DocType> &docTypes()
{
    static const QList<DocType> types = [] {
        QList<DocType> out;
        for (const TypeSeed &seed : kTypes) {
            const QString name = QString::fromUtf16(seed.name);
            out.append({name, QString::fromUtf16(seed.abbreviation), foldText(name)});
        }
        return out;
    }();
    return types;
}

const DocType *typeByName(const QString &foldedName)
{
    for (const DocType &t : docTypes()) {
        if (t.fold == foldedName)
            return &t;
    }
    return nullptr;
}

const DocType *typeByAbbreviation(const QString &abbreviation)
{
    for (const DocType &t : docTypes()) {
        if (!t.abbreviation.isEmpty() && t.abbreviation == abbreviation)
            return &t;
    }
    const QString key = dKey(abbreviation);
    for (const DocType &t : docTypes()) {
        if (!t.abbreviation.isEmpty() && dKey(t.abbreviation) == key && t.abbreviation.size() == abbreviation.size())
            return &t;
    }
    return nullptr;
}

const DocType *typeAtStart(QStringView fold, qsizetype *length)
{
    const DocType *best = nullptr;
    for (const DocType &t : docTypes()) {
        if (!fold.startsWith(t.fold))
            continue;
        const qsizetype end = t.fold.size();
        if (end < fold.size() && fold.at(end).isLetterOrNumber())
            continue;
        if (!best || t.fold.size() > best->fold.size())
            best = &t;
    }
    if (best && length)
        *length = best->fold.size();
    return best;
}

const QRegularExpression &referencePattern()
{
    static const QRegularExpression re(
        uR"((?<![\p{L}\d/.])(\d{1,6}(?:\.\d{1,3})?)((?:[ ]{0,2}[/-][ \n]{0,2}[\p{Lu}\d][\p{L}\d&]{0,14}(?:\.[\p{Lu}][\p{L}]*)?){1,5}))"_s);
    return re;
}

namespace {

/// OCR's slip on a type abbreviation the title names: one letter lost, added or misread, the first kept
/// ("TT" for "TTr", "CTL" for "CTr"). Only used with the document's own type, so "TB" never becomes "TTr", and
/// never for công văn, whose first group is the agency's code ("5348/CT-CS" of Cục Thuế).
bool oneSlipFrom(const QString &printed, const QString &abbreviation)
{
    const QString a = dKey(printed).toUpper(), b = dKey(abbreviation).toUpper();
    return a.size() >= 2 && b.size() >= 2 && a.at(0) == b.at(0) && distance(a, b, 1) == 1;
}

} // namespace

std::optional<Reference> normaliseReference(QString printed, const DocType *type)
{
    printed.remove(QRegularExpression(u"\\s+"_s));
    // OCR reads Đ as the Icelandic Ð, sometimes both at once ("QĐÐ"); a notation carries no other mark
    // (repair may add a tone to a code: "HỦ").
    printed.replace(u"ĐÐ"_s, u"Đ"_s).replace(u"ÐĐ"_s, u"Đ"_s).replace(u'Ð', u'Đ');
    for (QChar &c : printed) {
        if (c.isLetter() && c != u'Đ' && c != u'đ' && c.unicode() > 0x7f) {
            const QString bare = text::foldForSearch(QString(c));
            if (bare.size() == 1)
                c = c.isUpper() ? bare.at(0).toUpper() : bare.at(0);
        }
    }
    while (!printed.isEmpty() && (printed.back() == u'.' || printed.back() == u'-' || printed.back() == u'/'))
        printed.chop(1);
    static const QRegularExpression head(u"^(\\d[\\d.]*)([/-])(.+)$"_s);
    const auto m = head.match(printed);
    if (!m.hasMatch())
        return std::nullopt;
    Reference ref;
    ref.number = m.captured(1);
    const QChar sep = m.captured(2).at(0);
    QString notation = m.captured(3);
    bool letters = false;
    for (QChar c : notation)
        letters = letters || c.isLetter();
    if (!letters)
        return std::nullopt;

    // NĐ 30/2020 joins the groups of a notation with hyphens; a dot between two capital groups is OCR's
    // reading of a hyphen ("129/BNV.CCVC"). Dots inside a group ("TP.HCM") are left alone.
    static const QRegularExpression dottedGroups(u"(?<=[A-ZĐ]{2})\\.(?=[A-ZĐ]{2})"_s);
    if (sep == u'/')
        notation.replace(dottedGroups, u"-"_s);

    // The type abbreviation: Party "116-KH/BCĐ" right after the hyphen; state "15/QĐ-BNV", "84/2025/QĐ-UBND"
    // the first group of the notation (skipping a year). Công văn notations have none.
    QStringList parts = notation.split(u'/');
    qsizetype typePart = 0;
    if (sep == u'/' && parts.size() > 1 && parts.at(0).size() == 4 && parts.at(0).at(0).isDigit())
        typePart = 1;
    QStringList groups = parts.at(typePart).split(u'-');
    if (type && !type->abbreviation.isEmpty() && groups.size() >= 1 && (sep == u'-' || groups.size() > 1)) {
        if (dKey(groups.at(0)).compare(dKey(type->abbreviation), Qt::CaseInsensitive) == 0
            || (type->abbreviation != u"CV"_s && oneSlipFrom(groups.at(0), type->abbreviation)))
            groups[0] = type->abbreviation;
    } else if (!type && groups.size() >= 1 && (sep == u'-' || groups.size() > 1)) {
        // No title to go by: only unambiguous Đ abbreviations (QĐ, NĐ, CĐ, QyĐ) are restored.
        static const QStringList dOnly = {u"QĐ"_s, u"NĐ"_s, u"CĐ"_s, u"QyĐ"_s};
        for (const QString &abbr : dOnly) {
            if (groups.at(0).size() == abbr.size() && dKey(groups.at(0)) == dKey(abbr) && groups.at(0) != abbr
                && groups.at(0).at(0) == abbr.at(0))
                groups[0] = abbr;
        }
    }
    parts[typePart] = groups.join(u'-');
    // Agency codes that always carry Đ (Ban chỉ đạo, Ban cán sự đảng, Đảng ủy, Hội đồng nhân dân).
    static const QStringList dAgencies = {u"BCĐ"_s, u"BCSĐ"_s, u"ĐU"_s, u"ĐUK"_s, u"HĐND"_s, u"ĐBQH"_s};
    for (QString &part : parts) {
        QStringList codes = part.split(u'-');
        for (QString &code : codes) {
            for (const QString &agency : dAgencies) {
                if (code != agency && code.size() == agency.size() && dKey(code) == dKey(agency)
                    && code.toUpper() == code && !code.contains(u'P'))
                    code = agency;
            }
        }
        part = codes.join(u'-');
    }
    notation = parts.join(u'/');
    // Thủ tướng Chính phủ's code is the one mixed-case agency code OCR and typists get wrong.
    notation.replace(QRegularExpression(u"(?<=[-/])TTG\\b"_s), u"TTg"_s);
    ref.notation = notation;
    ref.full = ref.number + sep + notation;
    return ref;
}

QDate findDate(QStringView fold, qsizetype *from, qsizetype *length)
{
    static const QRegularExpression words(
        // "tháng" may be misread whole ("ngày 22 Tôn, 4 năm 2022"): any short word in its place.
        uR"(ngay\s{0,3}([0-9oil|&sb]{1,2})\s{0,3}(?:,\s*)?(?:th[^\s\d]{0,4}|[^\s\d]{1,5})\s{0,3}([0-9oil|&sb]{1,2})\s{0,3}(?:,\s*)?n[^\s\d]{0,2}m\s{0,3}(\d{4}))"_s);
    static const QRegularExpression numeric(
        uR"(ngay\s{0,3}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4}))"_s);
    auto it = words.globalMatch(fold);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d = validDate(m.captured(3).toInt(), ocrNumber(m.captured(2)), ocrNumber(m.captured(1)));
        if (d.isValid()) {
            if (from)
                *from = m.capturedStart();
            if (length)
                *length = m.capturedLength();
            return d;
        }
    }
    it = numeric.globalMatch(fold);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d = validDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid()) {
            if (from)
                *from = m.capturedStart();
            if (length)
                *length = m.capturedLength();
            return d;
        }
    }
    return {};
}

QDate dateAtStart(QStringView fold, qsizetype *length)
{
    static const QRegularExpression numeric(
        uR"(^\s{0,3}(\d{1,2})\s{0,1}[/.-]\s{0,1}(\d{1,2})\s{0,1}[/.-]\s{0,1}(\d{4}))"_s);
    static const QRegularExpression words(
        uR"(^\s{0,3}(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})\s{1,3}nam\s{1,3}(\d{4}))"_s);
    for (const QRegularExpression *re : {&numeric, &words}) {
        const auto m = re->match(fold.toString());
        if (!m.hasMatch())
            continue;
        const QDate d = validDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid()) {
            if (length)
                *length = m.capturedLength();
            return d;
        }
    }
    return {};
}

double upperShare(QStringView text)
{
    int letters = 0;
    int upper = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.isUpper())
            ++upper;
    }
    return letters ? double(upper) / letters : 0.0;
}

bool isUpperLine(QStringView text)
{
    int letters = 0;
    for (QChar c : text)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 4 && upperShare(text) >= 0.85;
}

bool looksLikeName(QStringView input)
{
    const QString trimmed = collapse(input.toString());
    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 6)
        return false;
    static const QStringList notFirst = {u"noi"_s, u"nhu"_s, u"luu"_s, u"kinh"_s, u"can"_s, u"thuc"_s, u"nguoi"_s,
        u"email"_s, u"co"_s, u"thoi"_s, u"so"_s, u"ngay"_s, u"dia"_s, u"dien"_s, u"van"_s, u"ban"_s, u"bao"_s,
        u"trang"_s, u"uy"_s, u"tinh"_s, u"chu"_s, u"phu"_s, u"cong"_s, u"xem"_s};
    if (notFirst.contains(foldText(words.first())))
        return false;
    int syllables = 0;
    for (const QString &w : words) {
        if (!w.at(0).isLetter() || !w.at(0).isUpper())
            return false;
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (!w.at(i).isLetter() || !w.at(i).isLower())
                return false;
        }
        syllables += text::isSyllable(w) ? 1 : 0;
    }
    return syllables * 2 >= words.size();
}

QString prettyAgency(const QString &upper)
{
    const QString input = collapse(upper);
    if (upperShare(input) < 0.7)
        return input;
    const QStringList words = input.split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    bool place = false;
    bool capNext = true;
    QString previous;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString &word = words.at(k);
        if (isAcronym(word)) {
            out.append(word);
            capNext = false;
            continue;
        }
        const QString lower = word.toLower();
        // "xã hội" is a word ("Lao động - Thương binh và Xã hội"), not a commune.
        const bool marker = startsPlace(lower, previous)
            && !(lower == u"xã"_s && k + 1 < words.size() && words.at(k + 1).toLower() == u"hội"_s);
        // A place marker stays in lower case after a head ("Cục Thuế tỉnh Kiên Giang"); a Party committee's name
        // does not ("Văn phòng Tỉnh ủy").
        const bool committee = k + 1 < words.size()
            && (words.at(k + 1).toLower() == u"ủy"_s || words.at(k + 1).toLower() == u"uỷ"_s)
            && (lower == u"tỉnh"_s || lower == u"thành"_s || lower == u"huyện"_s);
        QString written = ((capNext || place) && !marker) || committee ? capitalized(lower) : lower;
        capNext = capitalizesNext(lower) && !(lower == u"ban"_s && previous.startsWith(u"ủ"_s));
        if (marker) {
            if (lower == u"ủy"_s || lower == u"uỷ"_s)
                written = lower;
            place = true;
        }
        out.append(written);
        previous = lower;
    }
    QString result = out.join(u' ');
    static const QList<std::pair<QString, QString>> proper
        = {{u"chính phủ"_s, u"Chính phủ"_s}, {u"nhà nước"_s, u"Nhà nước"_s}, {u"trung ương"_s, u"Trung ương"_s},
            {u"việt nam"_s, u"Việt Nam"_s}, {u"quốc hội"_s, u"Quốc hội"_s}};
    for (const auto &[from, to] : proper)
        result.replace(from, to);
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

QString expandAgency(const QString &name)
{
    QString out = name;
    out.replace(QRegularExpression(u"\\bUBND\\b"_s), u"Ủy ban nhân dân"_s);
    out.replace(QRegularExpression(u"\\bHĐND\\b"_s), u"Hội đồng nhân dân"_s);
    return out;
}

QString collapse(QString text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.replace(spaces, u" "_s).trimmed();
}

qsizetype distance(QStringView a, QStringView b, qsizetype limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        qsizetype best = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return std::min(row[b.size()], limit + 1);
}

QString provinceNear(const QString &name, bool *exact)
{
    // The 63 provinces and centrally governed cities before the July 2025 merger (derived from the shared
    // lexicon), with Thừa Thiên Huế by its older name.
    static const QStringList provinces = [] {
        QStringList out;
        for (const char16_t *p :
            {u"Hà Nội", u"Hà Giang", u"Cao Bằng", u"Bắc Kạn", u"Tuyên Quang", u"Lào Cai", u"Điện Biên", u"Lai Châu",
                u"Sơn La", u"Yên Bái", u"Hoà Bình", u"Thái Nguyên", u"Lạng Sơn", u"Quảng Ninh", u"Bắc Giang",
                u"Phú Thọ", u"Vĩnh Phúc", u"Bắc Ninh", u"Hải Dương", u"Hải Phòng", u"Hưng Yên", u"Thái Bình", u"Hà Nam",
                u"Nam Định", u"Ninh Bình", u"Thanh Hóa", u"Nghệ An", u"Hà Tĩnh", u"Quảng Bình", u"Quảng Trị",
                u"Thừa Thiên Huế", u"Huế", u"Đà Nẵng", u"Quảng Nam", u"Quảng Ngãi", u"Bình Định", u"Phú Yên",
                u"Khánh Hòa", u"Ninh Thuận", u"Bình Thuận", u"Kon Tum", u"Gia Lai", u"Đắk Lắk", u"Đắk Nông",
                u"Lâm Đồng", u"Bình Phước", u"Tây Ninh", u"Bình Dương", u"Đồng Nai", u"Bà Rịa - Vũng Tàu",
                u"Hồ Chí Minh", u"Long An", u"Tiền Giang", u"Bến Tre", u"Trà Vinh", u"Vĩnh Long", u"Đồng Tháp",
                u"An Giang", u"Kiên Giang", u"Cần Thơ", u"Hậu Giang", u"Sóc Trăng", u"Bạc Liêu", u"Cà Mau"})
            out.append(QString::fromUtf16(p));
        return out;
    }();
    if (exact)
        *exact = false;
    const QString key = text::exactKey(collapse(name));
    QString found;
    int near = 0;
    for (const QString &p : provinces) {
        const QString pk = text::exactKey(p);
        if (pk == key) {
            if (exact)
                *exact = true;
            return p;
        }
        const qsizetype limit = pk.size() >= 12 ? 2 : 1;
        if (distance(key, pk, limit) <= limit) {
            found = p;
            ++near;
        }
    }
    return near == 1 ? found : QString();
}

QString trimNoise(const QString &text)
{
    // Modifier letters (ˆ, ʼ) are specks here, not letters.
    static const QRegularExpression ends(
        u"^[^\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lo}\\d(]+|[^\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lo}\\d)]+$"_s);
    return collapse(QString(text).remove(ends));
}

QString withoutSpecks(const QString &text)
{
    static const QRegularExpression real(u"[\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lo}\\d]"_s);
    const QStringList words = collapse(text).split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString &w = words.at(k);
        const bool dash = w == u"-"_s || w == u"–"_s;
        const bool between = k > 0 && k + 1 < words.size() && !kept.isEmpty() && real.match(kept.last()).hasMatch()
            && real.match(words.at(k + 1)).hasMatch();
        if (real.match(w).hasMatch() || (dash && between))
            kept.append(w);
    }
    return kept.join(u' ');
}

namespace {

QString splitGluedWord(const QString &word)
{
    const qsizetype n = word.size();
    if (n < 5 || word.toUpper() != word || text::isSyllable(word) || !text::hasDiacritics(word))
        return word;
    for (QChar c : word) {
        if (!c.isLetterOrNumber())
            return word;
    }
    // pieces[i]: fewest pieces covering word.left(i); -1 when it cannot be covered.
    QList<int> pieces(n + 1, -1);
    QList<qsizetype> cut(n + 1, 0);
    pieces[0] = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype len = 1; len <= std::min<qsizetype>(i, 8); ++len) {
            const qsizetype start = i - len;
            if (pieces[start] < 0)
                continue;
            const QStringView piece = QStringView(word).mid(start, len);
            const bool digits = std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.isDigit(); });
            if (!digits && !text::isWellFormedSyllable(piece))
                continue;
            if (pieces[i] < 0 || pieces[start] + 1 < pieces[i]) {
                pieces[i] = pieces[start] + 1;
                cut[i] = start;
            }
        }
    }
    if (pieces[n] < 2)
        return word;
    QStringList out;
    for (qsizetype i = n; i > 0; i = cut[i])
        out.prepend(word.mid(cut[i], i - cut[i]));
    return out.join(u' ');
}

} // namespace

QString splitGluedWords(const QString &text)
{
    QStringList words = text.split(u' ');
    for (QString &w : words)
        w = splitGluedWord(w);
    return words.join(u' ');
}

QString cleanItem(QString item)
{
    item = collapse(item);
    static const QRegularExpression lead(u"^[-–—+•·]+\\s*"_s);
    item.remove(lead);
    while (!item.isEmpty()
        && (item.back() == u';' || item.back() == u',' || item.back() == u'.' || item.back() == u':'
            || item.back().isSpace()))
        item.chop(1);
    // "Cổng TTĐT" (the electronic information portal) typed or read without its hook: "Công TTĐT" names nothing.
    static const QRegularExpression portal(uR"((?<!\p{L})(C)ông(?=\s+(?:TTĐT|[Tt]hông tin điện tử)(?!\p{L})))"_s);
    item.replace(portal, u"\\1ổng"_s);
    return item;
}

} // namespace vt::extract::detail
