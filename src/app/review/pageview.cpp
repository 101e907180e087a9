// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageview.h"

#include "pagesource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace vt::gui {
namespace {

constexpr int kMargin = 8;
constexpr double kZoomStep = 1.25;
constexpr double kMinScale = 0.1;
constexpr double kMaxScale = 4.0; // an A4 page at 288 dpi: 2380 × 3368 pixels, 32 MB as RGB32

using Opened = Result<std::shared_ptr<PageSource>>;

} // namespace

/// The surface the current page is painted on; its size is the page's at the view's scale plus a margin.
class PageCanvas final : public QWidget
{
public:
    explicit PageCanvas(PageView *view) : QWidget(nullptr), m_view(view) { setAttribute(Qt::WA_OpaquePaintEvent); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Dark));
        const PageView &v = *m_view;
        if (!v.m_source || v.pageCount() == 0) {
            painter.setPen(palette().color(QPalette::BrightText));
            painter.drawText(
                rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap, v.m_message);
            return;
        }
        const QRectF page = v.pageRect();
        painter.fillRect(page, Qt::white);
        if (!v.m_image.isNull() && v.m_imagePage == v.m_page) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(page, v.m_image);
        }
        if (v.m_highlightPage == v.m_page) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QColor(230, 120, 0), 2));
            painter.setBrush(QColor(255, 200, 0, 70));
            for (const QRectF &r : v.m_highlights)
                painter.drawRect(v.mapFromPage(r).adjusted(-2, -2, 2, 2));
        }
    }

    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            m_view->wheelZoom(event->angleDelta().y());
            event->accept();
        } else {
            event->ignore(); // the scroll area scrolls
        }
    }

private:
    PageView *m_view;
};

PageView::PageView(QWidget *parent)
    : QWidget(parent), m_generation(std::make_shared<std::atomic<quint64>>(0)), m_prev(new QToolButton),
      m_next(new QToolButton), m_pageBox(new QSpinBox), m_pageTotal(new QLabel), m_zoomOut(new QToolButton),
      m_zoomIn(new QToolButton), m_fit(new QToolButton), m_zoomLabel(new QLabel), m_scroll(new QScrollArea),
      m_canvas(new PageCanvas(this)), m_renderTimer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("pageview"));

    m_prev->setArrowType(Qt::LeftArrow);
    m_prev->setToolTip(tr("Previous page"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next page"));
    m_pageBox->setToolTip(tr("Page"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_fit->setText(tr("Fit width"));
    m_fit->setCheckable(true);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000%")));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_prev);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageTotal);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);

    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Always there, so fitting the width does not make the bar appear and the page shrink in a loop.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30); // resizes and wheel steps come in bursts: render once they settle
    connect(m_renderTimer, &QTimer::timeout, this, &PageView::startRender);
    connect(m_prev, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { setPage(value - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &PageView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PageView::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &PageView::fitWidth);
    clear();
}

PageView::~PageView()
{
    ++*m_generation; // aborts the render under way
    m_pool.clear();
    m_pool.waitForDone();
}

void PageView::clear(const QString &message)
{
    ++*m_generation;
    m_source.reset();
    m_sizesPt.clear();
    m_message = message;
    m_page = 0;
    m_image = {};
    m_imagePage = -1;
    m_rendering = false;
    clearHighlights();
    relayout();
}

void PageView::setDocument(const QString &path)
{
    clear(tr("Opening…"));
    const quint64 generation = m_generation->load();
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation->load())
            return; // superseded by a newer document
        Opened opened = watcher->result();
        if (!opened) {
            m_message = opened.error().message;
            relayout();
            emit loadFailed(m_message);
            return;
        }
        setSource(std::move(*opened));
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path] { return PageSource::openFile(path); }));
}

void PageView::setPages(QList<QImage> images, const QList<QSizeF> &sizesPt)
{
    clear();
    setSource(PageSource::fromImages(std::move(images), sizesPt));
}

void PageView::setSource(std::shared_ptr<PageSource> source)
{
    m_source = std::move(source);
    m_sizesPt = m_source->pageSizesPt();
    m_message = m_sizesPt.isEmpty() ? tr("The document has no pages.") : QString();
    const int wanted = m_page;
    m_page = -1;
    m_highlightPage >= 0 ? setPage(m_highlightPage) : setPage(wanted);
    emit documentLoaded(pageCount());
}

int PageView::pageCount() const
{
    return m_source ? int(m_sizesPt.size()) : 0;
}

void PageView::setPage(int page)
{
    if (pageCount() == 0) {
        m_page = std::max(page, 0); // shown once the document is open
        updateControls();
        return;
    }
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    relayout();
    m_scroll->verticalScrollBar()->setValue(0);
    if (m_highlightPage == m_page)
        m_scrollPending = !m_highlights.isEmpty();
    scrollToHighlight();
    emit pageChanged(m_page);
}

void PageView::setHighlights(int page, const QList<QRectF> &pointsRects)
{
    m_highlightPage = page;
    m_highlights = pointsRects;
    m_scrollPending = !pointsRects.isEmpty();
    setPage(page);
    scrollToHighlight();
    m_canvas->update();
}

void PageView::clearHighlights()
{
    m_highlightPage = -1;
    m_highlights.clear();
    m_scrollPending = false;
    m_canvas->update();
}

void PageView::zoomIn()
{
    setScale(m_scale * kZoomStep);
}

void PageView::zoomOut()
{
    setScale(m_scale / kZoomStep);
}

void PageView::setScale(double pixelsPerPoint)
{
    m_fitWidth = false;
    m_scale = std::clamp(pixelsPerPoint, kMinScale, kMaxScale);
    relayout();
}

void PageView::fitWidth()
{
    m_fitWidth = true;
    relayout();
}

void PageView::wheelZoom(int delta)
{
    if (delta > 0)
        zoomIn();
    else if (delta < 0)
        zoomOut();
}

QSizeF PageView::pageSizePt(int page) const
{
    return m_sizesPt.value(page, QSizeF(595, 842));
}

QRectF PageView::pageRect() const
{
    const QSizeF size = pageSizePt(m_page) * m_scale;
    const double x = std::max<double>(kMargin, (m_canvas->width() - size.width()) / 2);
    return {QPointF(x, kMargin), size};
}

QRectF PageView::mapFromPage(const QRectF &r) const
{
    const QPointF origin = pageRect().topLeft();
    return {origin + r.topLeft() * m_scale, r.size() * m_scale};
}

QWidget *PageView::canvas() const
{
    return m_canvas;
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth)
        relayout();
}

void PageView::relayout()
{
    const QSize viewport = m_scroll->viewport()->size();
    if (pageCount() == 0) {
        m_canvas->resize(viewport);
    } else {
        if (m_fitWidth) {
            const double width = std::max(pageSizePt(m_page).width(), 1.0);
            m_scale = std::clamp((viewport.width() - 2.0 * kMargin) / width, kMinScale, kMaxScale);
        }
        const QSizeF size = pageSizePt(m_page) * m_scale;
        m_canvas->resize(std::max(viewport.width(), int(std::ceil(size.width())) + 2 * kMargin),
            int(std::ceil(size.height())) + 2 * kMargin);
        requestRender();
    }
    updateControls();
    m_canvas->update();
    scrollToHighlight();
}

void PageView::requestRender()
{
    const double scale = m_scale * devicePixelRatioF();
    if (m_imagePage == m_page && std::abs(m_imageScale - scale) < 1e-6) {
        ++*m_generation; // a render for another size is no longer wanted
        m_rendering = false;
        m_renderTimer->stop();
        return;
    }
    m_rendering = true;
    // The first image of a page comes at once; re-renders for a new size wait for the resize or zoom to settle.
    if (m_imagePage != m_page) {
        m_renderTimer->stop();
        startRender();
    } else {
        m_renderTimer->start();
    }
}

void PageView::startRender()
{
    if (!m_source || m_page < 0 || m_page >= pageCount())
        return;
    const double ratio = devicePixelRatioF();
    const double scale = m_scale * ratio;
    const int page = m_page;
    const quint64 generation = ++*m_generation;
    m_rendering = true;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, page, scale, ratio] {
        watcher->deleteLater();
        if (generation != m_generation->load())
            return;
        m_rendering = false;
        QImage image = watcher->result();
        if (image.isNull())
            return;
        image.setDevicePixelRatio(ratio);
        m_image = std::move(image);
        m_imagePage = page;
        m_imageScale = scale;
        m_canvas->update();
        emit pageRendered(page);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [source = m_source, counter = m_generation, generation, page, scale] {
        const std::function<bool()> canceled = [counter, generation] { return counter->load() != generation; };
        return source->render(page, scale, canceled);
    }));
}

void PageView::scrollToHighlight()
{
    if (!m_scrollPending || m_highlightPage != m_page || pageCount() == 0 || m_highlights.isEmpty())
        return;
    const QRectF r = mapFromPage(m_highlights.first());
    if (r.isEmpty())
        return;
    m_scroll->ensureVisible(
        int(r.center().x()), int(r.center().y()), int(r.width() / 2) + 40, int(r.height() / 2) + 60);
    m_scrollPending = !isVisible(); // a hidden view has no real viewport yet: scroll again when shown
}

void PageView::updateControls()
{
    const int count = pageCount();
    const QSignalBlocker block(m_pageBox);
    m_pageBox->setRange(count ? 1 : 0, std::max(count, 0));
    m_pageBox->setValue(count ? m_page + 1 : 0);
    m_pageTotal->setText(QStringLiteral("/ %1").arg(count));
    m_prev->setEnabled(count && m_page > 0);
    m_next->setEnabled(count && m_page + 1 < count);
    m_pageBox->setEnabled(count > 1);
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_fit})
        b->setEnabled(count > 0);
    m_fit->setChecked(m_fitWidth);
    m_zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(m_scale * 100)));
}

} // namespace vt::gui
