// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace vt::gui {

/// Paints one import job in two lines: the file name and its state ("Reading… 3/20 pages"), then a progress
/// bar while it is being read, then what was found in it (type, reference, summary) or the message (red for
/// failures).
class ImportJobDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJobDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The state as the row shows it, with pages when known ("Reading… 3/20 pages").
    static QString statusText(const QModelIndex &index);
};

} // namespace vt::gui
