#include "chartpanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tessera {

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_title(new QLabel(title, this)),
      m_buttons(new QWidget(this))
{
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    // Long titles (German, or a drill-down level's name) wrap instead of widening the dashboard's columns
    // past the window.
    m_title->setWordWrap(true);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Export this chart as PNG or PDF"));
    connect(exportButton, &QToolButton::clicked, this, &ChartPanel::exportDialog);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_buttons);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(220);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartPanel::onMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ChartPanel::onPress);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

QToolButton *ChartPanel::addButton(const QString &text)
{
    auto *b = new QToolButton(m_buttons);
    b->setText(text);
    m_buttons->layout()->addWidget(b);
    return b;
}

int ChartPanel::keyAt(const QPoint &pos) const
{
    if (!m_plot->axisRect()->rect().contains(pos))
        return -1;
    const int key = qRound(m_plot->xAxis->pixelToCoord(pos.x()));
    return key >= 0 && key < int(m_tips.size()) ? key : -1;
}

void ChartPanel::onMove(QMouseEvent *event)
{
    const int key = keyAt(event->pos());
    if (key < 0 || m_tips[size_t(key)].isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), m_tips[size_t(key)], m_plot);
}

void ChartPanel::onPress(QMouseEvent *event)
{
    const int key = keyAt(event->pos());
    if (key >= 0 && event->button() == Qt::LeftButton)
        emit barClicked(key);
}

bool ChartPanel::exportTo(const QString &path, int width, int height)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_plot->savePdf(path, width, height);
    return m_plot->savePng(path, width, height);
}

void ChartPanel::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_title->text(),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export chart"), tr("Cannot write %1.").arg(path));
}

} // namespace tessera
