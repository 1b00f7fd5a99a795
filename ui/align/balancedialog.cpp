#include "balancedialog.h"

#include "balancecommand.h"

#include "common/error.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"
#include "store/planstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera {

BalanceDialog::BalanceDialog(PlanDocument *document, QWidget *parent, const QString &level) : QDialog(parent)
{
    setWindowTitle(tr("Balance territories"));
    setMinimumWidth(440);
    const PlanStore &store = document->store();

    m_level = new QComboBox(this);
    QSqlQuery levels = store.query(QStringLiteral("SELECT name FROM geo_levels ORDER BY name"));
    while (levels.next())
        m_level->addItem(levels.value(0).toString());
    if (const int shown = m_level->findText(level); shown >= 0)
        m_level->setCurrentIndex(shown);

    m_territories = new QSpinBox(this);
    m_territories->setRange(1, 100000);
    const int existing =
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM org_nodes WHERE level = 'territory'")).toInt();
    m_territories->setValue(std::max(1, existing));
    m_territories->setToolTip(
        tr("The plan has %n territories; more are created when needed.", nullptr, existing));

    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Accounts"), QStringLiteral("accounts"));
    m_measure->addItem(tr("Potential"), QStringLiteral("potential"));
    m_measure->addItem(tr("Revenue"), QStringLiteral("revenue"));
    m_measure->addItem(tr("Open pipeline"), QStringLiteral("pipeline"));
    QSqlQuery measures =
        store.query(QStringLiteral("SELECT DISTINCT measure FROM geo_unit_measures ORDER BY 1"));
    while (measures.next())
        m_measure->addItem(measures.value(0).toString(), measures.value(0).toString());

    m_blend = new QLineEdit(this);
    m_blend->setPlaceholderText(tr("optional, e.g. potential=0.6,accounts=0.4"));
    m_blend->setToolTip(tr("A blend balances on each measure's share of its total, weighted as given."));

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Fresh design"), int(align::BalanceMode::Fresh));
    m_mode->addItem(tr("Minimal disruption"), int(align::BalanceMode::MinimalDisruption));

    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setValue(60);
    m_timeLimit->setSuffix(tr(" s"));
    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setRange(0, 50);
    m_tolerance->setDecimals(2);
    m_tolerance->setValue(0.5);
    m_tolerance->setSuffix(QLocale().percent());
    m_maxUnits = new QSpinBox(this);
    m_maxUnits->setRange(0, 1000000);
    m_maxUnits->setSpecialValueText(tr("no limit"));
    m_perPiece = new QCheckBox(tr("Balance each unconnected piece on its own"), this);
    m_perPiece->setToolTip(tr("For a level whose units are not all connected (islands, overseas areas): each "
                              "piece gets territories in proportion to its weight"));

    auto *form = new QFormLayout;
    form->addRow(tr("Geography level:"), m_level);
    form->addRow(tr("Territories:"), m_territories);
    form->addRow(tr("Balance on:"), m_measure);
    form->addRow(tr("Blend:"), m_blend);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Balance target:"), m_tolerance);
    form->addRow(tr("Most units per territory:"), m_maxUnits);
    form->addRow(QString(), m_perPiece);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Time limit:"), m_timeLimit);

    auto *note =
        new QLabel(tr("Every territory stays in one piece; units locked on the map stay where they are. "
                      "The result is one change you can undo."),
                   this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Balance"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_level->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_blend, &QLineEdit::textChanged, this, &BalanceDialog::updateEnabled);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BalanceDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateEnabled();
}

void BalanceDialog::updateEnabled()
{
    m_measure->setEnabled(m_blend->text().trimmed().isEmpty());
    // Minimal disruption keeps the territories the level uses now.
    m_territories->setEnabled(m_mode->currentData().toInt() == int(align::BalanceMode::Fresh));
}

align::BalanceRequest BalanceDialog::request() const
{
    align::BalanceRequest r;
    r.level = m_level->currentText();
    r.mode = align::BalanceMode(m_mode->currentData().toInt());
    r.territories = r.mode == align::BalanceMode::Fresh ? m_territories->value() : 0;
    r.measure = m_blend->text().trimmed().isEmpty()
                    ? align::MeasureSpec::single(m_measure->currentData().toString())
                    : align::MeasureSpec::parseBlend(m_blend->text());
    r.seed = quint64(m_seed->value());
    r.timeLimitSeconds = m_timeLimit->value();
    r.tolerance = m_tolerance->value() / 100.0;
    r.maxUnits = m_maxUnits->value();
    r.perPiece = m_perPiece->isChecked();
    return r;
}

void showBalanceDialog(PlanDocument *document, QWidget *parent, const QString &level)
{
    BalanceDialog dialog(document, parent, level);
    if (dialog.exec() != QDialog::Accepted)
        return;
    align::BalanceRequest request;
    try {
        request = dialog.request();
    } catch (const TesseraError &e) {
        showError(parent, BalanceDialog::tr("Balance territories"), e);
        return;
    }
    const QString path = document->path();
    const auto report = runLongTask<align::BalanceReport>(
        parent, BalanceDialog::tr("Balancing territories"), [path, request](const Progress &progress) {
            const auto store = PlanStore::openConnection(path, PlanStore::Access::ReadOnly);
            return align::planBalance(*store, request, progress);
        });
    if (!report)
        return;
    try {
        document->undoStack()->push(new BalanceCommand(document, *report));
    } catch (const TesseraError &e) {
        showError(parent, BalanceDialog::tr("Balance territories"), e);
        return;
    }
    const QLocale l;
    const align::AlignmentMetrics &m = report->result.metrics;
    QMessageBox box(QMessageBox::Information, BalanceDialog::tr("Balance territories"),
                    BalanceDialog::tr("%1 territories, largest deviation %2, mean Polsby-Popper %3, %4.")
                        .arg(l.toString(qint64(report->territories.size())),
                             l.toString(m.maxDeviation * 100, 'f', 2) + l.percent(),
                             l.toString(m.meanPolsbyPopper, 'f', 3),
                             m.allContiguous ? BalanceDialog::tr("every territory in one piece")
                                             : BalanceDialog::tr("some territories in several pieces")),
                    QMessageBox::Ok, parent);
    box.setDetailedText(report->toText());
    box.exec();
}

} // namespace tessera
