// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjobdelegate.h"

#include "importjob.h"
#include "importjobmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace vt::gui {

namespace {

constexpr int kMargin = 4;

} // namespace

QString ImportJobDelegate::statusText(const QModelIndex &index)
{
    const auto state = ImportJob::State(index.data(ImportJobModel::StateRole).toInt());
    const int done = index.data(ImportJobModel::PagesDoneRole).toInt();
    const int count = index.data(ImportJobModel::PageCountRole).toInt();
    if (state == ImportJob::Reading && count > 0)
        return tr("Reading… %1/%2 pages").arg(done).arg(count);
    if ((state == ImportJob::Ready || state == ImportJob::Done) && count > 0)
        return tr("%1 (%n page(s))", nullptr, count).arg(stateName(state));
    return stateName(state);
}

void ImportJobDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int line = opt.fontMetrics.height();
    const QRect top(area.left(), area.top(), area.width(), line);
    const QRect bottom(area.left(), area.top() + line + kMargin / 2, area.width(), line);

    painter->save();
    const QString status = statusText(index);
    const int statusWidth = opt.fontMetrics.horizontalAdvance(status) + 2 * kMargin;
    painter->setPen(opt.palette.color(QPalette::Normal, textRole));
    painter->drawText(top.adjusted(top.width() - statusWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter, status);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect nameRect = top.adjusted(0, 0, -statusWidth, 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, nameRect.width()));
    painter->setFont(opt.font);

    const auto state = ImportJob::State(index.data(ImportJobModel::StateRole).toInt());
    if (state == ImportJob::Queued || state == ImportJob::Reading) {
        QStyleOptionProgressBar bar;
        bar.initFrom(opt.widget);
        bar.rect = bottom;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(ImportJobModel::FractionRole).toDouble() * 1000);
        bar.textVisible = false;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
    } else {
        QString message = index.data(ImportJobModel::FoundRole).toString();
        if (message.isEmpty())
            message = index.data(ImportJobModel::MessageRole).toString().section(u'\n', 0, 0);
        const bool problem = state == ImportJob::Failed || state == ImportJob::NeedsPassword;
        if (problem && !selected)
            painter->setPen(QColor(0xb0, 0x1c, 0x1c));
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(message, Qt::ElideRight, bottom.width()));
    }
    painter->restore();
}

QSize ImportJobDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, 2 * option.fontMetrics.height() + 2 * kMargin + kMargin / 2};
}

} // namespace vt::gui
