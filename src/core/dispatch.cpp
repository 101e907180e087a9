// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch.h"

#include "vietnamese.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace vt {
namespace {

// Each enum value with its code and the spellings people type for it (compared after foldForSearch,
// so "Hỏa tốc", "hoả tốc" and "HOA TOC" all match "hoa toc").
template<typename E>
struct Name
{
    E value;
    QStringView code;
    std::array<QStringView, 3> aliases;
};

constexpr Name<Direction> kDirections[] = {
    {Direction::Incoming, u"incoming", {u"den", u"van ban den", u"in"}},
    {Direction::Outgoing, u"outgoing", {u"di", u"van ban di", u"out"}},
};
constexpr Name<Urgency> kUrgencies[] = {
    {Urgency::Normal, u"normal", {u"thuong", u"", u""}},
    {Urgency::Urgent, u"urgent", {u"khan", u"", u""}},
    {Urgency::VeryUrgent, u"very_urgent", {u"thuong khan", u"", u""}},
    {Urgency::Flash, u"flash", {u"hoa toc", u"", u""}},
};
constexpr Name<Confidentiality> kConfidentialities[] = {
    {Confidentiality::Normal, u"normal", {u"thuong", u"", u""}},
    {Confidentiality::Confidential, u"confidential", {u"mat", u"", u""}},
    {Confidentiality::Secret, u"secret", {u"toi mat", u"", u""}},
    {Confidentiality::TopSecret, u"top_secret", {u"tuyet mat", u"", u""}},
};
constexpr Name<SigningAuthority> kAuthorities[] = {
    {SigningAuthority::None, u"", {u"none", u"", u""}},
    {SigningAuthority::OnBehalf, u"TM.", {u"tm", u"thay mat", u"on_behalf"}},
    {SigningAuthority::Deputy, u"KT.", {u"kt", u"ky thay", u"deputy"}},
    {SigningAuthority::ByOrder, u"TL.", {u"tl", u"thua lenh", u"by_order"}},
    {SigningAuthority::Delegated, u"TUQ.", {u"tuq", u"thua uy quyen", u"delegated"}},
    {SigningAuthority::Acting, u"Q.", {u"q", u"quyen", u"acting"}},
};
constexpr Name<Status> kStatuses[] = {
    {Status::Waiting, u"waiting", {u"cho xu ly", u"moi", u""}},
    {Status::InProgress, u"in_progress", {u"dang xu ly", u"in progress", u""}},
    {Status::Done, u"done", {u"da xu ly", u"hoan thanh", u""}},
};

template<typename E, std::size_t N>
QString codeOf(const Name<E> (&names)[N], E value)
{
    for (const auto &n : names) {
        if (n.value == value)
            return n.code.toString();
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parse(const Name<E> (&names)[N], QStringView input)
{
    QString key = text::foldForSearch(input.trimmed());
    if (key.endsWith(u'.'))
        key.chop(1);
    key.replace(u'-', u'_');
    for (const auto &n : names) {
        QString code = text::foldForSearch(n.code);
        if (code.endsWith(u'.'))
            code.chop(1);
        if (key == code)
            return n.value;
        for (QStringView alias : n.aliases) {
            if (!alias.isEmpty() && key == alias)
                return n.value;
        }
    }
    return std::nullopt;
}

} // namespace

QString toCode(Direction v) { return codeOf(kDirections, v); }
QString toCode(Urgency v) { return codeOf(kUrgencies, v); }
QString toCode(Confidentiality v) { return codeOf(kConfidentialities, v); }
QString toCode(SigningAuthority v) { return codeOf(kAuthorities, v); }
QString toCode(Status v) { return codeOf(kStatuses, v); }

std::optional<Direction> parseDirection(QStringView s) { return parse(kDirections, s); }
std::optional<Urgency> parseUrgency(QStringView s) { return s.trimmed().isEmpty() ? Urgency::Normal : parse(kUrgencies, s); }
std::optional<Confidentiality> parseConfidentiality(QStringView s)
{
    return s.trimmed().isEmpty() ? Confidentiality::Normal : parse(kConfidentialities, s);
}
std::optional<SigningAuthority> parseSigningAuthority(QStringView s)
{
    return s.trimmed().isEmpty() ? SigningAuthority::None : parse(kAuthorities, s);
}
std::optional<Status> parseStatus(QStringView s) { return parse(kStatuses, s); }

QString label(Urgency v)
{
    switch (v) {
    case Urgency::Normal: return {};
    case Urgency::Urgent: return u"Khẩn"_s;
    case Urgency::VeryUrgent: return u"Thượng khẩn"_s;
    case Urgency::Flash: return u"Hỏa tốc"_s;
    }
    return {};
}

QString label(Confidentiality v)
{
    switch (v) {
    case Confidentiality::Normal: return {};
    case Confidentiality::Confidential: return u"Mật"_s;
    case Confidentiality::Secret: return u"Tối mật"_s;
    case Confidentiality::TopSecret: return u"Tuyệt mật"_s;
    }
    return {};
}

} // namespace vt
