#include "planeditor.h"

#include "comp/compstore.h"
#include "comp/plandescription.h"
#include "compcommands.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"
#include "store/fiscalcalendar.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

namespace tessera::comp {

namespace {

// Tier rates and attainment thresholds are shown and typed as percentages, as plans are written
// ("2.5" for 2.5 %, "150" for 150 % attainment); the plan keeps them as exact millionths.
QString percentText(Rate r)
{
    return Rate::fromMicros(r.micros() * 100).toPlainString();
}

std::optional<Rate> parsePercent(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    const auto r = Rate::parse(text.trimmed());
    if (!r || r->micros() % 100 != 0) // more than four decimals of a percent cannot be kept exactly
        return std::nullopt;
    return Rate::fromMicros(r->micros() / 100);
}

} // namespace

PlanEditor::PlanEditor(PlanDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_plans = new QListWidget(this);
    auto *newButton = new QPushButton(tr("New plan"), this);
    auto *importButton = new QPushButton(tr("Import JSON…"), this);
    auto *exportButton = new QPushButton(tr("Export JSON…"), this);
    auto *deleteButton = new QPushButton(tr("Delete plan"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Compensation plans"), left));
    leftLayout->addWidget(m_plans, 1);
    for (QPushButton *b : {newButton, importButton, exportButton, deleteButton})
        leftLayout->addWidget(b);

    m_name = new QLineEdit(this);
    m_year = new QSpinBox(this);
    m_year->setRange(1900, 2999);
    m_period = new QComboBox(this);
    m_period->addItem(tr("Month"));
    m_period->addItem(tr("Quarter"));
    m_ote = new QLineEdit(this);
    m_mix = new QLineEdit(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Plan year (fiscal)"), m_year);
    form->addRow(tr("Payout period"), m_period);
    form->addRow(tr("On-target earnings"), m_ote);
    form->addRow(tr("Pay mix (variable share)"), m_mix);

    m_components = new QTableWidget(0, 3, this);
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Type"), tr("Summary")});
    m_components->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_components->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_components->setSelectionMode(QAbstractItemView::SingleSelection);
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->verticalHeader()->hide();
    auto *addComp = new QToolButton(this);
    addComp->setText(tr("Add component"));
    addComp->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(addComp);
    for (Component::Type t : {Component::Type::Commission, Component::Type::Bonus, Component::Type::Spiff,
                              Component::Type::Draw, Component::Type::Clawback})
        menu->addAction(componentTypeName(t), this, [this, t] { addComponent(t); });
    addComp->setMenu(menu);
    auto *removeComp = new QPushButton(tr("Remove component"), this);

    m_componentTitle = new QLabel(this);
    m_tiers = new QTableWidget(0, 2, this);
    m_tiers->setHorizontalHeaderLabels({tr("From"), tr("Rate")});
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->hide();
    auto *addTierButton = new QPushButton(tr("Add tier"), this);
    auto *removeTierButton = new QPushButton(tr("Remove tier"), this);
    m_json = new QPlainTextEdit(this);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *applyJson = new QPushButton(tr("Apply settings"), this);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addLayout(form);
    auto *compButtons = new QHBoxLayout;
    compButtons->addWidget(new QLabel(tr("Components"), right));
    compButtons->addStretch(1);
    compButtons->addWidget(addComp);
    compButtons->addWidget(removeComp);
    rl->addLayout(compButtons);
    rl->addWidget(m_components, 2);
    rl->addWidget(m_componentTitle);
    auto *detail = new QHBoxLayout;
    auto *tierBox = new QVBoxLayout;
    tierBox->addWidget(new QLabel(tr("Tiers (commission)"), right));
    tierBox->addWidget(m_tiers, 1);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addTierButton);
    tierButtons->addWidget(removeTierButton);
    tierBox->addLayout(tierButtons);
    auto *jsonBox = new QVBoxLayout;
    jsonBox->addWidget(new QLabel(tr("All settings of the component (JSON)"), right));
    jsonBox->addWidget(m_json, 1);
    jsonBox->addWidget(applyJson);
    detail->addLayout(tierBox, 2);
    detail->addLayout(jsonBox, 3);
    rl->addLayout(detail, 3);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_plans, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!m_filling)
            selectPlan(name);
    });
    for (QLineEdit *e : {m_name, m_ote, m_mix})
        connect(e, &QLineEdit::editingFinished, this, &PlanEditor::editSettings);
    connect(m_year, &QSpinBox::editingFinished, this, &PlanEditor::editSettings);
    connect(m_period, &QComboBox::activated, this, &PlanEditor::editSettings);
    connect(m_components, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_filling)
            selectComponent(row);
    });
    connect(m_tiers, &QTableWidget::cellChanged, this, [this](int r, int c) {
        if (!m_filling)
            editTier(r, c);
    });
    connect(addTierButton, &QPushButton::clicked, this, &PlanEditor::addTier);
    connect(removeTierButton, &QPushButton::clicked, this, &PlanEditor::removeTier);
    connect(removeComp, &QPushButton::clicked, this, &PlanEditor::removeComponent);
    connect(applyJson, &QPushButton::clicked, this, &PlanEditor::applyComponentJson);
    connect(newButton, &QPushButton::clicked, this, &PlanEditor::newPlan);
    connect(importButton, &QPushButton::clicked, this, &PlanEditor::importPlan);
    connect(exportButton, &QPushButton::clicked, this, &PlanEditor::exportPlan);
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (m_plan)
            commands::deletePlan(m_document, *m_plan);
    });
    connect(document, &PlanDocument::changed, this, &PlanEditor::documentChanged);
    reload();
}

void PlanEditor::reload()
{
    const QString current = m_plan ? m_plan->name : QString();
    const qint64 currentId = m_plan ? m_plan->id : 0;
    std::vector<Plan> plans;
    try {
        plans = loadPlans(m_document->store());
    } catch (const std::exception &e) {
        showError(this, tr("Compensation plans"), e);
    }
    m_filling = true;
    m_plans->clear();
    QString select;
    for (const Plan &p : plans) {
        m_plans->addItem(p.name);
        if (p.id == currentId || (select.isEmpty() && p.name == current))
            select = p.name;
    }
    m_filling = false;
    if (select.isEmpty() && !plans.empty())
        select = plans.front().name;
    if (select.isEmpty()) {
        m_plan.reset();
        showPlan();
    } else {
        selectPlan(select);
    }
}

void PlanEditor::selectPlan(const QString &name)
{
    try {
        m_plan = loadPlan(m_document->store(), name);
    } catch (const std::exception &e) {
        m_plan.reset();
    }
    m_filling = true;
    const auto items = m_plans->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_plans->setCurrentItem(items.front());
    m_filling = false;
    if (m_plan && m_component >= int(m_plan->components.size()))
        m_component = int(m_plan->components.size()) - 1;
    if (m_plan && m_component < 0 && !m_plan->components.empty())
        m_component = 0;
    showPlan();
}

void PlanEditor::showPlan()
{
    m_filling = true;
    const QLocale l;
    const bool has = m_plan.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_year, m_period, m_ote, m_mix, m_components,
                                                       m_tiers, m_json})
        w->setEnabled(has);
    m_components->setRowCount(0);
    if (has) {
        m_name->setText(m_plan->name);
        m_year->setValue(m_plan->planYear);
        m_period->setCurrentIndex(m_plan->frequency == PayoutFrequency::Month ? 0 : 1);
        m_ote->setText(m_plan->ote.toPlainString());
        m_mix->setText(m_plan->payMix.toPlainString());
        for (const Component &c : m_plan->components) {
            const int row = m_components->rowCount();
            m_components->insertRow(row);
            m_components->setItem(row, 0, new QTableWidgetItem(c.name));
            m_components->setItem(row, 1, new QTableWidgetItem(componentTypeName(c.type)));
            m_components->setItem(row, 2, new QTableWidgetItem(describeComponent(c, l)));
        }
        m_components->setCurrentCell(m_component, 0);
    }
    m_filling = false;
    showComponent();
}

void PlanEditor::selectComponent(int index)
{
    m_component = index;
    showComponent();
}

void PlanEditor::showComponent()
{
    m_filling = true;
    m_tiers->setRowCount(0);
    m_json->clear();
    m_componentTitle->clear();
    if (m_plan && m_component >= 0 && m_component < int(m_plan->components.size())) {
        const Component &c = m_plan->components[size_t(m_component)];
        m_componentTitle->setText(tr("Component: %1 (%2)").arg(c.name, componentTypeName(c.type)));
        const QJsonObject j =
            toJson(*m_plan).value(QStringLiteral("components")).toArray().at(m_component).toObject();
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)));
        const bool commission = c.type == Component::Type::Commission;
        m_tiers->setEnabled(commission);
        if (commission) {
            const bool amount = c.commission.basis == Commission::Basis::Amount;
            m_tiers->setHorizontalHeaderLabels(
                {amount ? tr("From credit") : tr("From attainment (%)"), tr("Rate (%)")});
            for (const Tier &t : c.commission.tiers) {
                const int row = m_tiers->rowCount();
                m_tiers->insertRow(row);
                m_tiers->setItem(row, 0,
                                 new QTableWidgetItem(amount ? t.fromAmount.toPlainString()
                                                             : percentText(t.fromAttainment)));
                m_tiers->setItem(row, 1, new QTableWidgetItem(percentText(t.rate)));
            }
        }
    }
    m_filling = false;
}

void PlanEditor::change(const Plan &after, const QString &text)
{
    if (!m_plan)
        return;
    // Re-read the result through the JSON form so that what is stored is exactly what is documented.
    try {
        Plan checked = planFromJson(toJson(after));
        checked.id = m_plan->id;
        commands::editPlan(m_document, *m_plan, checked, text);
    } catch (const TesseraError &e) {
        showError(this, tr("Compensation plan"), e);
        showPlan();
    }
}

void PlanEditor::editSettings()
{
    if (!m_plan || m_filling)
        return;
    Plan p = *m_plan;
    p.name = m_name->text().trimmed();
    p.planYear = m_year->value();
    p.frequency = m_period->currentIndex() == 0 ? PayoutFrequency::Month : PayoutFrequency::Quarter;
    const auto ote = Money::parse(m_ote->text().trimmed());
    const auto mix = Rate::parse(m_mix->text().trimmed());
    if (!ote || !mix || p.name.isEmpty()) {
        QMessageBox::warning(
            this, tr("Compensation plan"),
            tr("The name must not be empty, on-target earnings must be an amount (e.g. 180000.00) and the "
               "pay mix a rate (e.g. 0.5 or 50%)."));
        showPlan();
        return;
    }
    p.ote = *ote;
    p.payMix = *mix;
    if (toJson(p) != toJson(*m_plan))
        change(p, tr("Edit plan '%1'").arg(p.name));
}

void PlanEditor::editTier(int row, int column)
{
    if (!m_plan || m_component < 0)
        return;
    Plan p = *m_plan;
    Commission &c = p.components[size_t(m_component)].commission;
    const QString text =
        m_tiers->item(row, column) ? m_tiers->item(row, column)->text().trimmed() : QString();
    Tier &t = c.tiers[size_t(row)];
    bool ok = true;
    if (column == 1) {
        const auto r = parsePercent(text);
        ok = r.has_value();
        if (ok)
            t.rate = *r;
    } else if (c.basis == Commission::Basis::Amount) {
        const auto m = Money::parse(text);
        ok = m.has_value();
        if (ok)
            t.fromAmount = *m;
    } else {
        const auto r = parsePercent(text);
        ok = r.has_value();
        if (ok)
            t.fromAttainment = *r;
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Tier"), tr("'%1' is not valid here.").arg(text));
        showComponent();
        return;
    }
    change(p, tr("Edit tier %1 of '%2'").arg(row + 1).arg(p.components[size_t(m_component)].name));
}

void PlanEditor::addTier()
{
    if (!m_plan || m_component < 0 ||
        m_plan->components[size_t(m_component)].type != Component::Type::Commission)
        return;
    Plan p = *m_plan;
    Commission &c = p.components[size_t(m_component)].commission;
    Tier t = c.tiers.empty() ? Tier() : c.tiers.back();
    if (!c.tiers.empty()) {
        t.fromAmount = t.fromAmount + Money::fromUnits(100000);
        t.fromAttainment = Rate::fromMicros(t.fromAttainment.micros() + Rate::Scale / 2);
    }
    c.tiers.push_back(t);
    change(p, tr("Add tier to '%1'").arg(p.components[size_t(m_component)].name));
}

void PlanEditor::removeTier()
{
    if (!m_plan || m_component < 0 || m_tiers->currentRow() < 1)
        return;
    Plan p = *m_plan;
    auto &tiers = p.components[size_t(m_component)].commission.tiers;
    tiers.erase(tiers.begin() + m_tiers->currentRow());
    change(p, tr("Remove tier from '%1'").arg(p.components[size_t(m_component)].name));
}

void PlanEditor::addComponent(Component::Type type)
{
    if (!m_plan)
        return;
    Plan p = *m_plan;
    Component c;
    c.type = type;
    c.name = componentTypeName(type);
    c.commission.tiers.push_back({{}, {}, Rate::fromPercent(5)});
    c.bonus.target = Money::fromUnits(1000);
    c.bonus.steps.push_back({Rate::fromPercent(100), Rate::fromPercent(100)});
    c.spiff.amount = Money::fromUnits(100);
    c.draw.amount = Money::fromUnits(1000);
    p.components.push_back(c);
    m_component = int(p.components.size()) - 1;
    change(p, tr("Add %1 to '%2'").arg(c.name, p.name));
}

void PlanEditor::removeComponent()
{
    if (!m_plan || m_component < 0)
        return;
    Plan p = *m_plan;
    const QString name = p.components[size_t(m_component)].name;
    p.components.erase(p.components.begin() + m_component);
    change(p, tr("Remove %1 from '%2'").arg(name, p.name));
}

void PlanEditor::applyComponentJson()
{
    if (!m_plan || m_component < 0)
        return;
    QJsonObject plan = toJson(*m_plan);
    QJsonArray comps = plan.value(QStringLiteral("components")).toArray();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (!doc.isObject()) {
        QMessageBox::warning(this, tr("Component"), tr("Not a JSON object: %1").arg(error.errorString()));
        return;
    }
    comps[m_component] = doc.object();
    plan.insert(QStringLiteral("components"), comps);
    try {
        Plan p = planFromJson(plan);
        p.id = m_plan->id;
        change(p, tr("Edit %1 of '%2'").arg(p.components[size_t(m_component)].name, p.name));
    } catch (const TesseraError &e) {
        showError(this, tr("Component"), e);
    }
}

void PlanEditor::newPlan()
{
    Plan p;
    const FiscalCalendar cal(m_document->store().settings().fiscalYearStartMonth);
    p.planYear = cal.fiscalYearOf(QDate::currentDate());
    p.name = tr("New plan FY%1").arg(p.planYear);
    for (int k = 2; !m_plans->findItems(p.name, Qt::MatchExactly).isEmpty(); ++k)
        p.name = tr("New plan FY%1 (%2)").arg(p.planYear).arg(k);
    Component c;
    c.name = tr("Commission");
    c.commission.tiers.push_back({{}, {}, Rate::fromPercent(5)});
    p.components.push_back(c);
    m_plan.reset();
    commands::editPlan(m_document, std::nullopt, p, tr("New plan '%1'").arg(p.name));
    selectPlan(p.name);
}

void PlanEditor::importPlan()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import plan"), {}, tr("Plan JSON (*.json)"));
    if (file.isEmpty())
        return;
    try {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw TesseraError(TesseraError::Kind::Io, f.errorString(), file);
        const Plan p = planFromJsonBytes(f.readAll(), file);
        std::optional<Plan> before;
        if (!m_plans->findItems(p.name, Qt::MatchExactly).isEmpty())
            before = loadPlan(m_document->store(), p.name);
        commands::editPlan(m_document, before, p, tr("Import plan '%1'").arg(p.name));
        selectPlan(p.name);
    } catch (const std::exception &e) {
        showError(this, tr("Import plan"), e);
    }
}

void PlanEditor::exportPlan()
{
    if (!m_plan)
        return;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export plan"), m_plan->name + QStringLiteral(".json"), tr("Plan JSON (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    const QByteArray bytes = QJsonDocument(toJson(*m_plan)).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        showError(this, tr("Export plan"), TesseraError(TesseraError::Kind::Io, f.errorString(), file));
}

void PlanEditor::documentChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Compensation || event.kind == ChangeEvent::Kind::Everything)
        reload();
}

} // namespace tessera::comp
