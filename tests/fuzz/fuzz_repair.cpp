// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the repair stage: any bytes, read as UTF-8 the way files are, in every mode. The
// repairer must not crash, hang or read out of bounds, and must keep everything that is not a word.
#include "repair/repairer.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {
std::shared_ptr<const vt::repair::Repairer> repairer()
{
    static const auto instance = [] {
        auto r = vt::repair::Repairer::load(QString::fromUtf8(std::getenv("VANTHU_MODEL_DIR")));
        if (!r)
            std::abort();
        return *r;
    }();
    return instance;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto mode = static_cast<vt::repair::Mode>(data[0] % 4);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const vt::repair::RepairResult result = repairer()->repair(text, mode);
    for (const vt::repair::RepairedToken &t : result.tokens) {
        if (t.begin < 0 || t.begin + t.length > text.size() || text.mid(t.begin, t.length) != t.original)
            std::abort();
        if (!(t.confidence >= 0.0 && t.confidence <= 1.0))
            std::abort();
    }
    return 0;
}
