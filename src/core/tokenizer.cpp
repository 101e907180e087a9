// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"

#include "core/vietnamese.h"

namespace vt::text {

bool isTermChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    // A lone UTF-16 unit cannot be classified; counting surrogates in keeps CJK Extension B+ text indexable.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    Q_UNUSED(text);
    return out;
}

} // namespace vt::text
