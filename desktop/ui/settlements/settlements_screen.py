"""Sales: the deals on the left, the guided flow of the one on show on the
right (asset and liens → offers and price → costs → result → finalise), and
its balance always in view. The screen shows and collects; every figure is
the settlement service's (the domain engine's).

While the clerk types, the balance rail and the result follow: each change
of an editor restarts a short timer (LIVE_DELAY_MS), and when it fires the
form's inputs go to SettlementService.preview_changes, which computes what
saving would give without writing anything."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSplitter, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.domain.car_sale import (CarDealKind, CarSale, DealerFee, NewCarFinance, ShortfallCover)
from desktop.domain.errors import Problems, ValidationError
from desktop.domain.fees import TaxYearStart
from desktop.domain.home_sale import CondoCharges, HomeSale
from desktop.domain.money import Money, format_money
from desktop.domain.settlement import Party, Role, Section
from desktop.domain.short_sale import Lien, LineStatus, ShortSaleCosts
from desktop.services.settlements import (AuctionInputs, CannotFinalise, CarDealInputs,
                                          HomeDealInputs, ShortSaleTerms, VoluntarySaleInputs)
from desktop.store.settlements import SettlementKind, deal_reference
from desktop.ui.context import UiContext
from desktop.ui.errors import problems_text
from desktop.ui.documents.preview_dialog import PreviewDialog
from desktop.ui.i18n import fill, render_notice
from desktop.ui.settlements.auction_chart import AuctionChart
from desktop.ui.settlements.balance_rail import BalanceRail
from desktop.ui.settlements.new_deal_dialog import NewDealDialog
from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.money_edit import MoneyEdit

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LIVE_DELAY_MS = 150  # from the last keystroke to the live figures
_CAR_KINDS = {SettlementKind.CAR_DEALER_PURCHASE: CarDealKind.DEALER_PURCHASE,
              SettlementKind.CAR_TRADE_IN: CarDealKind.TRADE_IN,
              SettlementKind.CAR_PRIVATE_SALE: CarDealKind.PRIVATE_SALE}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _percent_text(share: Decimal) -> str:
    """1.05 → "105", 0.955 → "95.5": a share as the percentage typed."""
    text = format(share * 100, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)  # Enter in a field never presses a button by accident
    b.setDefault(False)
    return b


def _notice_box() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f5c28b;"
                        " border-radius: 4px; padding: 6px; }")
    label.hide()
    return label


def open_deal(services, request: dict):
    """Runs on the worker: the first inputs of a deal from what the clerk chose, opened."""
    kind, customer, loan = request["kind"], request["customer"], request["loan"]
    price, day = request["price"], request["day"]
    seller = Party(Role.SELLER, customer.full_name, customer.id)
    loan_id = loan.id if loan is not None else None
    branch = services.settings.get().branch_name
    if kind.is_car:
        role = Role.BUYER if kind is SettlementKind.CAR_PRIVATE_SALE else Role.DEALER
        inputs = CarDealInputs(sale=CarSale(_CAR_KINDS[kind], seller,
                                            Party(role, request["other_side"]), price, settled_on=day))
    elif kind is SettlementKind.HOME_MARKET_SALE:
        inputs = HomeDealInputs(sale=HomeSale(
            seller=seller, buyer=Party(Role.BUYER, request["other_side"]),
            broker=Party(Role.BROKER, branch), scrivener=Party(Role.SCRIVENER, request["scrivener"]),
            price=price, settlement_on=day))
    else:
        balance = services.payoffs.payoff_on(loan.id, services.context.today()).amount
        inputs = VoluntarySaleInputs(
            price=price, seller=seller,
            liens=(Lien(Party(Role.LENDER, loan.lender_name, loan.lender_id or loan.id), 1,
                        balance),),
            costs=ShortSaleCosts(broker=Party(Role.BROKER, branch),
                                 scrivener=Party(Role.SCRIVENER, request["scrivener"]),
                                 scrivener_fee=Money.zero(price.currency)),
            proposed_on=day)
    return services.settlements.open(kind, customer.id, inputs, loan_id=loan_id)


class SettlementsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = None
        self.summaries: list = []
        self.preview: PreviewDialog | None = None
        self.new_dialog: NewDealDialog | None = None
        self._loading = False
        self._filling = False  # the form is being filled from a view: not the clerk's typing
        self._chosen_line: int | None = None  # the distribution table's line on which to decide
        self._live_seq = 0  # the latest live preview asked for; older answers are dropped
        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(LIVE_DELAY_MS)
        self.live_timer.timeout.connect(self.live_preview)

        # -- the deals -----------------------------------------------------------
        self.deal_table = _table([self.tr("Deal"), self.tr("Kind"), self.tr("Customer"),
                                  self.tr("Version"), self.tr("Status"), self.tr("Balance")])
        self.deal_table.setObjectName("dealTable")
        self.deal_table.horizontalHeader().setStretchLastSection(False)
        self.deal_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.new_car_button = _button(self.tr("New &car sale…"))
        self.new_home_button = _button(self.tr("New &home sale…"))
        self.new_voluntary_button = _button(self.tr("New &voluntary sale…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.deal_table, 1)
        for b in (self.new_car_button, self.new_home_button, self.new_voluntary_button):
            left_layout.addWidget(b)

        # -- the flow --------------------------------------------------------------
        self.heading = QLabel(self.tr("Choose a deal on the left, or open a new one."))
        self.heading.setWordWrap(True)
        self.error_banner = QLabel()
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet("QLabel { color: #b71c1c; }")
        self.error_banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settlementSteps")
        self.tabs.addTab(self._asset_step(), self.tr("1 Asset and liens"))
        self.tabs.addTab(self._price_step(), self.tr("2 Offers and price"))
        self.tabs.addTab(self._costs_step(), self.tr("3 Costs and prorations"))
        self.tabs.addTab(self._result_step(), self.tr("4 Result"))
        self.tabs.addTab(self._finalise_step(), self.tr("5 Finalise"))
        self.rail = BalanceRail()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        middle_layout.addWidget(self.error_banner)
        middle_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.rail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 0)
        left.setMinimumWidth(340)
        splitter.setSizes([470, 700, 250])
        QVBoxLayout(self).addWidget(splitter)

        self.errors = FieldErrors(self.error_banner, {
            "price": self.price_edit, "settled_on": self.day_edit, "settlement_on": self.day_edit,
            "fees": self.fee_edit, "cover": self.cover_combo, "car_price": self.new_car_price_edit,
            "loan_amount": self.new_loan_edit, "ltv_cap": self.ltv_edit,
            "new_car": self.new_car_price_edit, "charged": self.commission_edit,
            "commission_charged": self.commission_edit, "association": self.association_edit,
            "annual_property_tax": self.annual_tax_edit, "earnest_money": self.earnest_edit,
            "scrivener_fee": self.scrivener_fee_edit, "moving_allowance": self.moving_edit,
            "buyer": self.terms_buyer_edit, "court_costs": self.court_costs_edit,
            "buyer_broker": self.buyer_broker_edit, "guarantor_company": self.guarantor_edit,
            "subrogated_on": self.subrogated_edit,
            "buyer_commission_charged": self.buyer_commission_edit,
            "apply_surplus_to_new_car": self.apply_equity_check}, self.tabs)
        self._watch_editors()

        self.deal_table.itemSelectionChanged.connect(self._deal_chosen)
        self.new_car_button.clicked.connect(lambda: self.new_deal(SettlementKind.CAR_TRADE_IN))
        self.new_home_button.clicked.connect(lambda: self.new_deal(SettlementKind.HOME_MARKET_SALE))
        self.new_voluntary_button.clicked.connect(
            lambda: self.new_deal(SettlementKind.HOME_VOLUNTARY_SALE))
        self._enable()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Loaded when shown: nothing is asked before somebody has signed in.
        super().showEvent(event)
        self.reload()

    # -- the steps ---------------------------------------------------------------------

    def _asset_step(self) -> QWidget:
        page = QWidget()
        self.asset_label = QLabel()
        self.asset_label.setObjectName("assetSummary")
        self.asset_label.setWordWrap(True)
        self.asset_label.setTextFormat(Qt.TextFormat.RichText)
        self.asset_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refresh_payoff_button = _button(self.tr("&Refresh payoff"))
        self.refresh_payoff_button.setToolTip(self.tr("Take the loan's latest payoff figure "
                                                      "(a new lender's letter) into the draft"))
        self.refresh_payoff_button.clicked.connect(self.refresh_payoff)
        layout = QVBoxLayout(page)
        layout.addWidget(self.asset_label)
        row = QHBoxLayout()
        row.addWidget(self.refresh_payoff_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _price_step(self) -> QWidget:
        page = QWidget()
        self.price_box = QGroupBox(self.tr("Price"))
        form = QFormLayout(self.price_box)
        self.price_edit = MoneyEdit()
        self.price_edit.setObjectName("priceEdit")
        self.day_edit = DateField()
        self.day_edit.setObjectName("dayEdit")
        self.day_caption = QLabel(self.tr("Day of sale"))
        form.addRow(self.tr("&Price"), self.price_edit)
        form.addRow(self.day_caption, self.day_edit)
        self.offers_box = QGroupBox(self.tr("Buyers' offers"))
        self.offers_table = _table([self.tr("Buyer"), self.tr("Offer"), self.tr("On"), self.tr("Note")])
        self.offers_table.setObjectName("offersTable")
        self.offers_summary = QLabel()
        self.offers_summary.setWordWrap(True)
        self.record_offer_button = _button(self.tr("Record &offer…"))
        self.record_offer_button.clicked.connect(self.record_offer)
        offers_layout = QVBoxLayout(self.offers_box)
        offers_layout.addWidget(self.offers_table)
        offers_layout.addWidget(self.offers_summary)
        row = QHBoxLayout()
        row.addWidget(self.record_offer_button)
        row.addStretch(1)
        offers_layout.addLayout(row)
        self.save_price_button = _button(self.tr("&Save"))
        self.save_price_button.clicked.connect(self.save)
        layout = QVBoxLayout(page)
        layout.addWidget(self.price_box)
        layout.addWidget(self.offers_box, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_price_button)
        layout.addLayout(row)
        return page

    def _costs_step(self) -> QWidget:
        page = QWidget()
        self.costs_stack = QStackedWidget()
        self.costs_stack.addWidget(self._car_form())
        self.costs_stack.addWidget(self._home_form())
        self.costs_stack.addWidget(self._voluntary_form())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.costs_stack)
        self.save_costs_button = _button(self.tr("Sa&ve"))
        self.save_costs_button.clicked.connect(self.save)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_costs_button)
        layout.addLayout(row)
        return page

    def _car_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.fee_edit = MoneyEdit()
        self.fee_edit.setObjectName("dealerFee")
        self.cover_combo = QComboBox()
        self.cover_combo.setObjectName("coverCombo")
        for cover, label in ((ShortfallCover.NONE, self.tr("Not covered yet")),
                             (ShortfallCover.CASH, self.tr("Customer pays in cash")),
                             (ShortfallCover.ROLL_INTO_NEW_LOAN, self.tr("Roll into the new car's loan")),
                             (ShortfallCover.KEEP_DEBT, self.tr("Debt stays with the customer"))):
            self.cover_combo.addItem(label, cover)
        self.new_lender_edit = QLineEdit()
        self.new_car_price_edit = MoneyEdit()
        self.new_loan_edit = MoneyEdit()
        self.ltv_edit = QLineEdit()
        self.ltv_edit.setPlaceholderText("100")
        self.ltv_edit.setAlignment(_RIGHT)
        form.addRow(self.tr("Dealer &fee"), self.fee_edit)
        form.addRow(self.tr("Shortfall &covered by"), self.cover_combo)
        form.addRow(self.tr("New car's &lender"), self.new_lender_edit)
        form.addRow(self.tr("New car's p&rice"), self.new_car_price_edit)
        form.addRow(self.tr("New &loan (before roll-over)"), self.new_loan_edit)
        form.addRow(self.tr("Loan-to-value &cap (%)"), self.ltv_edit)
        self.apply_equity_check = QCheckBox(self.tr("Apply the equity to the new car (not paid "
                                                    "out to the customer)"))
        self.apply_equity_check.setObjectName("applyEquity")
        form.addRow("", self.apply_equity_check)
        return box

    def _home_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.commission_edit = MoneyEdit()
        self.commission_edit.setObjectName("commissionEdit")
        self.commission_edit.setPlaceholderText(self.tr("the legal cap"))
        self.commission_label = QLabel()
        self.commission_label.setObjectName("commissionArithmetic")
        self.commission_label.setWordWrap(True)
        self.override_edit = QLineEdit()
        self.override_edit.setPlaceholderText(self.tr("only to charge above the cap"))
        self.tax_start_combo = QComboBox()
        self.tax_start_combo.addItem(self.tr("1 January (Kanto)"), TaxYearStart.JANUARY)
        self.tax_start_combo.addItem(self.tr("1 April (Kansai)"), TaxYearStart.APRIL)
        self.annual_tax_edit = MoneyEdit()
        self.association_edit = QLineEdit()
        self.mgmt_fee_edit = MoneyEdit()
        self.repair_edit = MoneyEdit()
        self.mgmt_arrears_edit = MoneyEdit()
        self.repair_arrears_edit = MoneyEdit()
        self.parking_edit = MoneyEdit()
        self.moving_edit = MoneyEdit()
        self.scrivener_fee_edit = MoneyEdit()
        self.earnest_edit = MoneyEdit()
        form.addRow(self.tr("Co&mmission (incl. tax)"), self.commission_edit)
        form.addRow("", self.commission_label)
        form.addRow(self.tr("Override reason"), self.override_edit)
        self.buyer_broker_edit = QLineEdit()
        self.buyer_broker_edit.setObjectName("buyerBroker")
        self.buyer_broker_edit.setPlaceholderText(self.tr("only when the buyer pays its own broker "
                                                          "at this closing"))
        self.buyer_commission_edit = MoneyEdit()
        self.buyer_commission_edit.setObjectName("buyerCommission")
        self.buyer_commission_edit.setPlaceholderText(self.tr("the legal cap"))
        form.addRow(self.tr("&Buyer's broker"), self.buyer_broker_edit)
        form.addRow(self.tr("Buyer's broker commission"), self.buyer_commission_edit)
        form.addRow(self.tr("Tax &year starts"), self.tax_start_combo)
        form.addRow(self.tr("Annual property &tax"), self.annual_tax_edit)
        form.addRow(self.tr("Management &association"), self.association_edit)
        form.addRow(self.tr("Management fee a month"), self.mgmt_fee_edit)
        form.addRow(self.tr("Repair reserve a month"), self.repair_edit)
        form.addRow(self.tr("Management fee arrears"), self.mgmt_arrears_edit)
        form.addRow(self.tr("Repair reserve arrears"), self.repair_arrears_edit)
        form.addRow(self.tr("Parking arrears"), self.parking_edit)
        form.addRow(self.tr("Moving allowance"), self.moving_edit)
        form.addRow(self.tr("Scrivener's fee"), self.scrivener_fee_edit)
        form.addRow(self.tr("&Earnest money"), self.earnest_edit)
        return box

    def _voluntary_form(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.lines_table = _table([self.tr("Item"), self.tr("Payee"), self.tr("Requested"),
                                   self.tr("Cap"), self.tr("Amount"), self.tr("Status")])
        self.lines_table.setObjectName("distributionTable")
        self.lines_table.setMinimumHeight(220)
        self.lines_table.setWordWrap(True)
        header = self.lines_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 140), (5, 150)):  # payee and status wrap in a set width
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.lines_table.setColumnWidth(col, width)
        self.lines_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.refusal_edit = QLineEdit()
        self.refusal_edit.setPlaceholderText(self.tr("Why the lender refused (for Refuse)"))
        # The lender's decision on the line chosen in the table.
        self.approve_button = _button(self.tr("&Approve line"))
        self.approve_button.setObjectName("approveLine")
        self.refuse_button = _button(self.tr("Re&fuse line"))
        self.refuse_button.setObjectName("refuseLine")
        self.approve_button.clicked.connect(lambda: self._decide(LineStatus.APPROVED))
        self.refuse_button.clicked.connect(lambda: self._decide(LineStatus.REFUSED))
        self.lines_table.itemSelectionChanged.connect(self._line_chosen)
        terms = QGroupBox(self.tr("Closing"))
        form = QFormLayout(terms)
        self.terms_buyer_edit = QLineEdit()
        self.terms_day_edit = DateField()
        self.terms_earnest_edit = MoneyEdit()
        self.court_costs_edit = MoneyEdit()
        self.guarantor_edit = QLineEdit()
        self.guarantor_edit.setObjectName("guarantorCompany")
        self.subrogated_edit = DateField()
        self.subrogated_edit.setObjectName("subrogatedOn")
        self.joint_guarantors_edit = QLineEdit()
        self.joint_guarantors_edit.setObjectName("jointGuarantors")
        self.joint_guarantors_edit.setPlaceholderText(self.tr("names, separated by ;"))
        form.addRow(self.tr("&Buyer"), self.terms_buyer_edit)
        form.addRow(self.tr("Day of settlement"), self.terms_day_edit)
        form.addRow(self.tr("Earnest money"), self.terms_earnest_edit)
        form.addRow(self.tr("&Guarantor company"), self.guarantor_edit)
        form.addRow(self.tr("It paid the bank off on"), self.subrogated_edit)
        form.addRow(self.tr("&Joint guarantors"), self.joint_guarantors_edit)
        form.addRow(self.tr("Court costs of an auction"), self.court_costs_edit)
        layout.addWidget(QLabel(self.tr("The lender's decision on each line:")))
        layout.addWidget(self.lines_table, 1)
        decide = QHBoxLayout()
        decide.addWidget(self.refusal_edit, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.refuse_button)
        layout.addLayout(decide)
        layout.addWidget(terms)
        return box

    def _result_step(self) -> QWidget:
        page = QWidget()
        self.blockers_label = _notice_box()
        self.blockers_label.setObjectName("blockers")
        self.result_tree = QTreeWidget()
        self.result_tree.setObjectName("settlementLines")
        self.result_tree.setHeaderLabels([self.tr("Line"), self.tr("Buyer debit"), self.tr("Buyer credit"),
                                          self.tr("Seller debit"), self.tr("Seller credit")])
        self.result_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            self.result_tree.header().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        self.result_tree.header().setStretchLastSection(False)
        self.result_tree.setWordWrap(True)
        self.result_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows take the height of their wrapped text once the line column has its width.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._fit_rows)
        self.result_tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.explain_button = _button(self.tr("E&xplain"))
        self.explain_button.clicked.connect(self.explain)
        self.result_tree.itemActivated.connect(lambda *_: self.explain())
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("explanation")
        self.explanation_label.setWordWrap(True)
        self.notices_label = QLabel()
        self.notices_label.setWordWrap(True)
        self.deficiency_box = QGroupBox(self.tr("Still owed after the sale"))
        self.deficiency_label = QLabel()
        self.deficiency_label.setObjectName("deficiency")
        self.deficiency_label.setWordWrap(True)
        self.deficiency_label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.deficiency_box).addWidget(self.deficiency_label)
        self.deficiency_box.hide()
        self.auction_box = QGroupBox(self.tr("Voluntary sale against a court auction"))
        self.auction_label = QLabel()
        self.auction_label.setWordWrap(True)
        self.auction_chart = AuctionChart()
        auction_layout = QVBoxLayout(self.auction_box)
        auction_layout.addWidget(self.auction_label)
        auction_layout.addWidget(self.auction_chart)
        self.auction_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.blockers_label)
        layout.addWidget(self.result_tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.explain_button)
        row.addWidget(self.explanation_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.deficiency_box)
        layout.addWidget(self.auction_box)
        return page

    def _finalise_step(self) -> QWidget:
        page = QWidget()
        self.status_label = QLabel()
        self.status_label.setObjectName("versionStatus")
        self.reasons_label = _notice_box()
        self.reasons_label.setObjectName("finaliseReasons")
        self.finalise_button = _button(self.tr("&Finalise"))
        self.revise_button = _button(self.tr("&Revise (new version)"))
        self.print_statement_button = _button(self.tr("Print &statement…"))
        self.print_table_button = _button(self.tr("Print &distribution table…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.revise_button.clicked.connect(self.revise)
        self.print_statement_button.clicked.connect(self.print_statement)
        self.print_table_button.clicked.connect(self.print_table)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reasons_label)
        row = QHBoxLayout()
        for b in (self.finalise_button, self.revise_button, self.print_statement_button,
                  self.print_table_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- the deals ---------------------------------------------------------------------

    def _money(self, amount: Money) -> str:
        return format_money(amount, self.locale().name())

    def _kind_name(self, kind: SettlementKind) -> str:
        return {SettlementKind.CAR_DEALER_PURCHASE: self.tr("Car — dealer purchase"),
                SettlementKind.CAR_TRADE_IN: self.tr("Car — trade-in"),
                SettlementKind.CAR_PRIVATE_SALE: self.tr("Car — private sale"),
                SettlementKind.HOME_MARKET_SALE: self.tr("Home — market sale"),
                SettlementKind.HOME_VOLUNTARY_SALE: self.tr("Home — voluntary sale")}[kind]

    def _state_name(self, state) -> str:
        return {"balanced": self.tr("Balanced"), "overage": self.tr("Overage"),
                "shortage": self.tr("Shortage")}[str(state)]

    def reload(self) -> None:
        self.ctx.runner.run(lambda: self.ctx.services.settlements.deals(), self._show_deals)

    def _show_deals(self, summaries) -> None:
        self.summaries = list(summaries)
        self._loading = True
        self.deal_table.setRowCount(len(self.summaries))
        current = self.view.deal.id if self.view else None
        for i, s in enumerate(self.summaries):
            status = self.tr("FINAL") if str(s.status) == "final" else self.tr("DRAFT")
            balance = self._state_name(s.totals.balance_state) if s.totals else self.tr("Not settled yet")
            cells = (s.title, self._kind_name(s.kind), s.customer_name, str(s.version), status, balance)
            for col, text in enumerate(cells):
                self.deal_table.setItem(i, col, QTableWidgetItem(text))
            if s.id == current:
                self.deal_table.selectRow(i)
        self._loading = False

    def _deal_chosen(self) -> None:
        if self._loading:
            return
        rows = self.deal_table.selectionModel().selectedRows()
        if rows:
            self.show_deal(self.summaries[rows[0].row()].id)

    def show_deal(self, deal_id: str) -> None:
        self.ctx.runner.run(lambda: self.ctx.services.settlements.get(deal_id), self._show_view)

    def new_deal(self, kind: SettlementKind, customer_id: str | None = None,
                 loan_id: str | None = None) -> NewDealDialog:
        services = self.ctx.services
        dialog = NewDealDialog(self.ctx, kind, lambda request: open_deal(services, request), self,
                               customer_id=customer_id, loan_id=loan_id)
        dialog.opened.connect(self._opened)
        self.new_dialog = dialog  # reachable for tests
        dialog.open()
        return dialog

    def new_car_trade_in(self, customer_id: str, loan_id: str) -> NewDealDialog:
        return self.new_deal(SettlementKind.CAR_TRADE_IN, customer_id, loan_id)

    def _opened(self, view) -> None:
        self._show_view(view)
        self.tabs.setCurrentIndex(1)
        self.price_edit.setFocus()

    # -- showing a deal ----------------------------------------------------------------

    def _show_view(self, view) -> None:
        self.view = view
        self.live_timer.stop()
        self._live_seq += 1  # a live answer still on its way is for the form before this
        self._filling = True
        try:
            self._fill(view)
        finally:
            self._filling = False

    def _fill(self, view) -> None:
        self.errors.clear()
        kind = view.deal.kind
        c = view.computed
        inputs = view.inputs
        title = inputs.title.strip() or deal_reference(view.deal.id)
        self.heading.setText(f"<h2>{title}</h2>{self._kind_name(kind)}")
        self.rail.show_view(view)
        for edit in self.findChildren(MoneyEdit):
            edit.set_currency(view.deal.currency)
        self._show_asset(view)
        self._show_price(view)
        self._show_costs(view)
        self._show_result(c)
        self._show_finalise(view)
        self._enable()
        self.reload()

    def _show_asset(self, view) -> None:
        inputs, kind = view.inputs, view.deal.kind
        money = self._money
        seller = inputs.seller if kind is SettlementKind.HOME_VOLUNTARY_SALE else inputs.sale.seller
        rows = [fill(self.tr("<b>Seller:</b> {name}"), name=html.escape(seller.name))]
        if view.asset_label:
            rows.append(fill(self.tr("<b>Asset:</b> {asset}"), asset=html.escape(view.asset_label)))
        used = getattr(inputs, "payoff_used", None)
        if used is not None:
            source = {"estimate": self.tr("the desk's estimate"),
                      "lender_quote": self.tr("the lender's letter"),
                      "lender_quote_extended": self.tr("the lender's letter, extended")}.get(
                str(used.source), str(used.source))
            rows.append(fill(self.tr("<b>Payoff used:</b> {amount} on {on}, from {source}"),
                             amount=money(used.amount), on=used.on.isoformat(), source=source))
            if used.lender_reference:
                rows.append(fill(self.tr("Letter {reference}, good through {date}"),
                                 reference=used.lender_reference, date=used.good_through.isoformat()))
            rows.append(fill(self.tr("Per diem {amount}"), amount=money(used.per_diem)))
        if kind.is_car and inputs.sale.payoff is not None:
            p = inputs.sale.payoff
            rows.append(fill(self.tr("Lender: {lender}"), lender=p.lender.name))
            if p.residual is not None:
                rows.append(fill(self.tr("Residual inside the payoff: {amount}"), amount=money(p.residual)))
        elif kind.is_car:
            rows.append(self.tr("No loan on the car."))
        elif kind is SettlementKind.HOME_MARKET_SALE:
            for m in inputs.sale.mortgages:
                rows.append(fill(self.tr("Mortgage {rank}: {lender} — payoff {amount}"),
                                 rank=m.rank, lender=m.lender.name, amount=money(m.amount)))
        else:
            for lien in inputs.liens:
                rows.append(fill(self.tr("Lien {rank}: {creditor} — balance {amount}"),
                                 rank=lien.rank, creditor=lien.creditor.name, amount=money(lien.balance)))
        self.asset_label.setText("<br>".join(rows))
        self.refresh_payoff_button.setVisible(view.deal.loan_id is not None
                                              and kind is not SettlementKind.HOME_VOLUNTARY_SALE)

    def _show_price(self, view) -> None:
        inputs, kind = view.inputs, view.deal.kind
        voluntary = kind is SettlementKind.HOME_VOLUNTARY_SALE
        self.price_edit.set_money(inputs.price if voluntary else inputs.sale.price)
        if kind.is_car:
            self.day_caption.setText(self.tr("Day of sale"))
            self.day_edit.set_value(inputs.sale.settled_on)
        elif voluntary:
            self.day_caption.setText(self.tr("Table proposed on"))
            self.day_edit.set_value(inputs.proposed_on)
        else:
            self.day_caption.setText(self.tr("Day of settlement"))
            self.day_edit.set_value(inputs.sale.settlement_on)
        self.offers_box.setVisible(kind.is_car)
        offers = view.computed.offers
        ranked = offers.ranked if offers is not None else ()
        self.offers_table.setRowCount(len(ranked))
        for i, o in enumerate(ranked):
            cells = (o.bidder.name, self._money(o.amount),
                     o.made_on.isoformat() if o.made_on else "", o.note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(_RIGHT)
                self.offers_table.setItem(i, col, item)
        self.offers_summary.setText(render_notice(offers.explanation, self.locale().name())
                                    if offers is not None else "")

    def _show_costs(self, view) -> None:
        inputs, kind = view.inputs, view.deal.kind
        if kind.is_car:
            self.costs_stack.setCurrentIndex(0)
            sale = inputs.sale
            self.fee_edit.set_money(sale.fees[0].amount if sale.fees else None)
            self.cover_combo.setCurrentIndex(self.cover_combo.findData(sale.cover))
            n = sale.new_car
            self.new_lender_edit.setText(n.lender.name if n else "")
            self.new_car_price_edit.set_money(n.car_price if n else None)
            self.new_loan_edit.set_money(n.loan_amount if n else None)
            self.ltv_edit.setText(_percent_text(n.ltv_cap) if n else "")
            self.apply_equity_check.setChecked(sale.apply_surplus_to_new_car)
            self.apply_equity_check.setVisible(kind is SettlementKind.CAR_TRADE_IN)
        elif kind is SettlementKind.HOME_MARKET_SALE:
            self.costs_stack.setCurrentIndex(1)
            s = inputs.sale
            self.commission_edit.set_money(s.commission_charged)
            self.override_edit.setText(s.commission_override_reason)
            self.buyer_broker_edit.setText(s.buyer_broker.name if s.buyer_broker else "")
            self.buyer_commission_edit.set_money(s.buyer_commission_charged)
            self.tax_start_combo.setCurrentIndex(self.tax_start_combo.findData(s.tax_year_start))
            self.annual_tax_edit.set_money(s.annual_property_tax)
            self.association_edit.setText(s.association.name if s.association else "")
            condo = s.condo or CondoCharges()
            for edit, value in ((self.mgmt_fee_edit, condo.monthly_management_fee),
                                (self.repair_edit, condo.monthly_repair_reserve),
                                (self.mgmt_arrears_edit, condo.management_fee_arrears),
                                (self.repair_arrears_edit, condo.repair_reserve_arrears),
                                (self.parking_edit, condo.parking_arrears),
                                (self.moving_edit, s.moving_allowance),
                                (self.scrivener_fee_edit, s.scrivener_fee),
                                (self.earnest_edit, s.earnest_money)):
                edit.set_money(value)
            home = view.computed.home
            commission = home.commission
            at_cap = commission.charged == commission.cap.total
            head = (fill(self.tr("Charged {amount}: at the legal cap."), amount=self._money(commission.charged))
                    if at_cap else fill(self.tr("Charged {amount}; the legal cap is {cap}."),
                                        amount=self._money(commission.charged),
                                        cap=self._money(commission.cap.total)))
            self.commission_label.setText(head + "\n" + render_notice(commission.cap.explanation,
                                                                      self.locale().name()))
        else:
            self.costs_stack.setCurrentIndex(2)
            self._show_lines(view.computed.table)
            t = inputs.terms
            self.terms_buyer_edit.setText(t.buyer.name if t else "")
            self.terms_day_edit.set_value(t.settlement_on if t else None)
            self.terms_earnest_edit.set_money(t.earnest_money if t else None)
            self.guarantor_edit.setText(t.guarantor_company.name if t and t.guarantor_company
                                        else "")
            self.subrogated_edit.set_value(t.subrogated_on if t else None)
            self.joint_guarantors_edit.setText("; ".join(g.name for g in t.joint_guarantors)
                                               if t else "")
            self.court_costs_edit.set_money(inputs.auction.court_costs if inputs.auction else None)

    def _show_lines(self, table) -> None:
        statuses = {LineStatus.PROPOSED: self.tr("Proposed"), LineStatus.APPROVED: self.tr("Approved"),
                    LineStatus.REFUSED: self.tr("Refused")}
        locale = self.locale().name()
        self.lines_table.setRowCount(len(table.lines))
        for i, ln in enumerate(table.lines):
            status = statuses[ln.status]
            if ln.refusal_reason:
                status += f" — {ln.refusal_reason}"
            cells = (render_notice(ln.description, locale), ln.payee.name, self._money(ln.requested),
                     self._money(ln.cap) if ln.cap is not None else "—", self._money(ln.amount), status)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(render_notice(ln.explanation, locale))
                if col in (2, 3, 4):
                    item.setTextAlignment(_RIGHT)
                self.lines_table.setItem(i, col, item)
        chosen = self._chosen_line
        if chosen is not None and chosen < len(table.lines):
            self.lines_table.selectRow(chosen)  # the clerk goes on down the table
        self._line_chosen()

    def _line_chosen(self) -> None:
        rows = self.lines_table.selectionModel().selectedRows()
        self._chosen_line = rows[0].row() if rows else None
        for b in (self.approve_button, self.refuse_button):
            b.setEnabled(self._chosen_line is not None)

    def _decide(self, status: LineStatus) -> None:
        if self._chosen_line is not None:
            self.set_line(self._chosen_line, status)

    def _show_result(self, c) -> None:
        locale = self.locale().name()
        self.result_tree.clear()
        self.explanation_label.setText("")
        blockers = [render_notice(b, locale) for b in c.blockers]
        self.blockers_label.setText("\n".join("⚠ " + b for b in blockers))
        self.blockers_label.setVisible(bool(blockers))
        sections = {Section.PRICE_AND_DEPOSITS: self.tr("Price and deposits"),
                    Section.PRORATIONS_AND_ADJUSTMENTS: self.tr("Prorations and adjustments"),
                    Section.PAYOFFS: self.tr("Payoffs"), Section.COMMISSION: self.tr("Commission"),
                    Section.GOVERNMENT_AND_REGISTRATION: self.tr("Government and registration"),
                    Section.OTHER_COSTS: self.tr("Other costs"), Section.ALLOWANCES: self.tr("Allowances"),
                    Section.PROCEEDS: self.tr("Proceeds")}
        s = c.settlement
        notices = []
        if s is not None:
            for section, name in sections.items():
                lines = s.section(section)
                if not lines:
                    continue
                top = QTreeWidgetItem([name])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.result_tree.addTopLevelItem(top)
                for ln in lines:
                    cols = s.columns(ln)
                    text = render_notice(ln.description, locale)
                    if ln.outside_closing:
                        text = fill(self.tr("{line} (outside the closing)"), line=text)
                    cells = [text] + [self._money(m) if not m.is_zero() else ""
                                      for m in (cols.buyer_debit, cols.buyer_credit,
                                                cols.seller_debit, cols.seller_credit)]
                    item = QTreeWidgetItem(cells)
                    explanation = render_notice(ln.explanation, locale) if ln.explanation else ""
                    item.setData(0, Qt.ItemDataRole.UserRole, explanation)
                    for col in range(5):
                        item.setToolTip(col, explanation)
                        if col:
                            item.setTextAlignment(col, _RIGHT)
                    top.addChild(item)
            self.result_tree.expandAll()
            self._fit_rows()
            notices += [render_notice(n, locale) for n in s.notices]
        result = c.car or c.home
        if result is not None:
            notices += [render_notice(n, locale) for n in result.notices if n not in c.blockers]
        if c.table is not None:
            notices += [render_notice(n, locale) for n in c.table.notices]
        notices = [n for n in dict.fromkeys(notices) if n not in blockers]
        self.notices_label.setText("\n".join("• " + n for n in notices))
        self._show_deficiency(c)
        a = c.auction
        self.auction_box.setVisible(a is not None)
        if a is not None:
            self.auction_label.setText(
                fill(self.tr("Creditors receive {voluntary} from the voluntary sale against {auction} "
                             "from an auction ({gain} more); the seller owes {saved} less afterwards."),
                     voluntary=self._money(a.voluntary.creditors_receive),
                     auction=self._money(a.auction.creditors_receive),
                     gain=self._money(a.lender_gain), saved=self._money(a.debt_saved)))
            self.auction_chart.set_comparison(a)

    def _fit_rows(self) -> None:
        """Each line of the result as tall as its description wrapped in the line column
        (the tree itself sizes rows to one line of text)."""
        tree = self.result_tree
        width = max(tree.header().sectionSize(0) - 2 * tree.indentation() - 8, 60)
        metrics = tree.fontMetrics()
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                box = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                           int(Qt.TextFlag.TextWordWrap), item.text(0))
                item.setSizeHint(0, QSize(width, max(box.height(), metrics.height()) + 4))
        tree.doItemsLayout()

    def _show_deficiency(self, c) -> None:
        """A voluntary sale's debt left after it: who is still owed what, and who answers for it."""
        result = c.short_sale
        owed = result is not None and result.total_deficiency.is_positive()
        self.deficiency_box.setVisible(owed)
        if not owed:
            self.deficiency_label.setText("")
            return
        sale = result.sale
        rows = [fill(self.tr("<b>{amount}</b> in all, no longer secured by the home."),
                     amount=self._money(result.total_deficiency))]
        for d in result.deficiencies:
            if d.remaining.is_positive():
                rows.append(fill(self.tr("{creditor}: debt {debt} − received {received} = "
                                         "<b>{remaining}</b>"),
                                 creditor=d.creditor.name, debt=self._money(d.debt),
                                 received=self._money(d.received),
                                 remaining=self._money(d.remaining)))
        if sale.guarantor_company is not None:
            if sale.subrogated_on is not None:
                rows.append(fill(self.tr("Guarantor company: {name}, which paid the bank off on "
                                         "{day} and holds the claim"),
                                 name=sale.guarantor_company.name,
                                 day=sale.subrogated_on.isoformat()))
            else:
                rows.append(fill(self.tr("Guarantor company: {name}"),
                                 name=sale.guarantor_company.name))
        for g in sale.joint_guarantors:
            rows.append(fill(self.tr("Joint guarantor (連帯保証人): {name}, who owes it too and "
                                     "must be told before the sale"), name=g.name))
        self.deficiency_label.setText("<br>".join(rows))

    def _show_finalise(self, view) -> None:
        v = view.version
        status = self.tr("FINAL") if v.is_final else self.tr("DRAFT")
        text = fill(self.tr("Version {version} — {status}"), version=v.version, status=status)
        if v.is_final and v.finalised_by:
            text += " · " + fill(self.tr("finalised by {who}"), who=v.finalised_by)
        self.status_label.setText(f"<h3>{text}</h3>")
        self.reasons_label.hide()

    def _enable(self) -> None:
        view = self.view
        has = view is not None
        draft = has and not view.version.is_final
        for w in (self.price_box, self.costs_stack, self.save_price_button, self.save_costs_button,
                  self.record_offer_button, self.refresh_payoff_button, self.finalise_button):
            w.setEnabled(draft)
        self.revise_button.setEnabled(has and view.version.is_final)
        c = view.computed if has else None
        self.print_statement_button.setEnabled(has and c.settlement is not None)
        self.print_table_button.setEnabled(has and c.table is not None)
        self.print_table_button.setVisible(not has or c.table is not None)
        self.explain_button.setEnabled(has)

    # -- reading the form --------------------------------------------------------------

    def read_inputs(self):
        """The deal's stored inputs with the fields on the form replaced."""
        view = self.view
        problems = Problems()

        def read(widget, field):
            try:
                return widget.value(field)
            except ValidationError as e:
                problems.items.extend(e.problems)
                return None

        inputs, kind = view.inputs, view.deal.kind
        price = read(self.price_edit, "price")
        if price is None:
            problems.add("price", self.tr("Enter the price."))
        day = read(self.day_edit, "settled_on" if kind.is_car else "settlement_on")
        if kind.is_car:
            sale = inputs.sale
            fee = read(self.fee_edit, "fees")
            fees = (() if fee is None else
                    (DealerFee(sale.fees[0].description if sale.fees else self.tr("Dealer fee"), fee),
                     *sale.fees[1:]))
            new_car = None
            car_price = read(self.new_car_price_edit, "car_price")
            loan = read(self.new_loan_edit, "loan_amount")
            if car_price is not None:
                try:
                    cap = Decimal(self.ltv_edit.text().strip() or "100") / 100
                except InvalidOperation:
                    problems.add("ltv_cap", self.tr("Enter the loan-to-value cap as a percentage."))
                    cap = None
                lender = self.new_lender_edit.text().strip()
                if not lender:
                    problems.add("new_car", self.tr("Enter the new car's lender."))
                if cap is not None and lender:
                    try:
                        new_car = NewCarFinance(Party(Role.LENDER, lender), car_price,
                                                loan or Money.zero(car_price.currency), cap)
                    except ValidationError as e:
                        problems.items.extend(e.problems)
            problems.raise_if_any()
            apply_equity = (kind is SettlementKind.CAR_TRADE_IN
                            and self.apply_equity_check.isChecked())
            return replace(inputs, sale=replace(
                sale, price=price, settled_on=day, fees=fees,
                cover=ShortfallCover(self.cover_combo.currentData()), new_car=new_car,
                apply_surplus_to_new_car=apply_equity))
        if kind is SettlementKind.HOME_MARKET_SALE:
            s = inputs.sale
            values = {name: read(edit, name) for name, edit in (
                ("commission_charged", self.commission_edit), ("annual_property_tax", self.annual_tax_edit),
                ("monthly_management_fee", self.mgmt_fee_edit), ("monthly_repair_reserve", self.repair_edit),
                ("management_fee_arrears", self.mgmt_arrears_edit),
                ("repair_reserve_arrears", self.repair_arrears_edit), ("parking_arrears", self.parking_edit),
                ("moving_allowance", self.moving_edit), ("scrivener_fee", self.scrivener_fee_edit),
                ("earnest_money", self.earnest_edit),
                ("buyer_commission_charged", self.buyer_commission_edit))}
            if day is None:
                problems.add("settlement_on", self.tr("Enter the day of settlement."))
            problems.raise_if_any()
            condo = replace(s.condo or CondoCharges(),
                            monthly_management_fee=values["monthly_management_fee"],
                            monthly_repair_reserve=values["monthly_repair_reserve"],
                            management_fee_arrears=values["management_fee_arrears"],
                            repair_reserve_arrears=values["repair_reserve_arrears"],
                            parking_arrears=values["parking_arrears"])
            name = self.association_edit.text().strip()
            association = (Party(Role.MANAGEMENT_ASSOCIATION, name,
                                 s.association.id if s.association else "") if name else None)
            broker_name = self.buyer_broker_edit.text().strip()
            buyer_broker = (Party(Role.BROKER, broker_name,
                                  s.buyer_broker.id if s.buyer_broker else "")
                            if broker_name else None)
            return replace(inputs, sale=replace(
                s, price=price, settlement_on=day, commission_charged=values["commission_charged"],
                commission_override_reason=self.override_edit.text().strip(),
                tax_year_start=TaxYearStart(self.tax_start_combo.currentData()),
                annual_property_tax=values["annual_property_tax"], association=association,
                condo=condo if condo.amounts() else None, moving_allowance=values["moving_allowance"],
                scrivener_fee=values["scrivener_fee"], earnest_money=values["earnest_money"],
                buyer_broker=buyer_broker,
                buyer_commission_charged=values["buyer_commission_charged"]))
        # a voluntary sale
        buyer = self.terms_buyer_edit.text().strip()
        settle_on = read(self.terms_day_edit, "settlement_on")
        earnest = read(self.terms_earnest_edit, "earnest_money")
        court = read(self.court_costs_edit, "court_costs")
        subrogated_on = read(self.subrogated_edit, "subrogated_on")
        name = self.guarantor_edit.text().strip()
        guarantor = None
        if name:
            old = inputs.terms.guarantor_company if inputs.terms else None
            guarantor = Party(Role.GUARANTOR_COMPANY, name,
                              old.id if old is not None and old.name == name else "")
        joint = tuple(Party(Role.OTHER, n.strip())
                      for n in re.split(r"[;；、]", self.joint_guarantors_edit.text()) if n.strip())
        if day is None:
            problems.add("settlement_on", self.tr("Enter the day the table is proposed."))
        problems.raise_if_any()
        terms = inputs.terms
        if buyer and settle_on is not None:
            closing = dict(buyer=Party(Role.BUYER, buyer), settlement_on=settle_on,
                           earnest_money=earnest, guarantor_company=guarantor,
                           subrogated_on=subrogated_on, joint_guarantors=joint)
            terms = (replace(terms, **closing) if terms is not None
                     else ShortSaleTerms(**closing))
        elif not buyer and settle_on is None:
            terms = None
        auction = inputs.auction
        if court is not None:
            auction = (replace(auction, court_costs=court) if auction is not None
                       else AuctionInputs(court_costs=court))
        else:
            auction = None
        return replace(inputs, price=price, proposed_on=day, terms=terms, auction=auction)

    # -- the live figures ---------------------------------------------------------------

    def _watch_editors(self) -> None:
        """Every editor of the flow restarts the live timer when the clerk changes it."""
        steps = [self.price_box, self.costs_stack]
        for step in steps:
            for edit in step.findChildren(QLineEdit):
                if not isinstance(edit.parent(), QComboBox):
                    edit.textEdited.connect(self._edited)
            for combo in step.findChildren(QComboBox):
                combo.currentIndexChanged.connect(self._edited)
            for check in step.findChildren(QCheckBox):
                check.toggled.connect(self._edited)

    def _edited(self, *_args) -> None:
        if self._filling or self.view is None or self.view.version.is_final:
            return
        self.live_timer.start()  # restarted by each keystroke: fires once typing pauses

    def live_preview(self) -> None:
        """The figures of the form as typed, on the rail and in the result: nothing is saved."""
        if self.view is None or self.view.version.is_final:
            return
        try:
            inputs = self.read_inputs()
        except ValidationError as e:
            self.rail.show_unsaved_problem(self._problem_text(e))
            return
        self._live_seq += 1
        seq, deal_id = self._live_seq, self.view.deal.id
        settlements = self.ctx.services.settlements
        self.ctx.runner.run(lambda: settlements.preview_changes(deal_id, inputs),
                            lambda computed: self._show_live(seq, computed),
                            lambda error: self._live_failed(seq, error))

    def _show_live(self, seq: int, computed) -> None:
        if seq != self._live_seq:  # the clerk typed again, or the deal was saved meanwhile
            return
        self.errors.clear()
        self.rail.show_unsaved(computed)
        self._show_result(computed)

    def _live_failed(self, seq: int, error: BaseException) -> None:
        if seq != self._live_seq:
            return
        if isinstance(error, ValidationError):
            self.rail.show_unsaved_problem(self._problem_text(error))
        else:
            self.ctx.show_error(self, error)

    def _problem_text(self, error: ValidationError) -> str:
        return problems_text(error, self.locale().name(), sep=" ")

    # -- actions ------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.ctx.show_error(self, error)

    def save(self) -> None:
        if self.view is None:
            return
        self.live_timer.stop()  # saving shows the figures itself
        self._live_seq += 1
        try:
            inputs = self.read_inputs()
        except ValidationError as e:
            self.errors.show(e)
            return
        deal_id = self.view.deal.id
        self.ctx.runner.run(lambda: self.ctx.services.settlements.save_inputs(deal_id, inputs),
                            self._show_view, self._failed)

    def refresh_payoff(self) -> None:
        if self.view is None:
            return
        deal_id, inputs = self.view.deal.id, self.view.inputs
        self.ctx.runner.run(lambda: self.ctx.services.settlements.save_inputs(
            deal_id, inputs, refresh_payoff=True), self._show_view, self._failed)

    def record_offer(self) -> None:
        if self.view is None:
            return
        dialog = OfferDialog(self.view.deal.currency, self)
        self.offer_dialog = dialog  # reachable for tests
        dialog.accepted.connect(lambda: self._record_offer(dialog))
        dialog.open()

    def _record_offer(self, dialog: "OfferDialog") -> None:
        deal_id = self.view.deal.id
        try:
            amount = dialog.amount_edit.value("amount")
        except ValidationError as e:
            self.errors.show(e)
            return
        name, note = dialog.buyer_edit.text(), dialog.note_edit.text()
        settlements = self.ctx.services.settlements

        def work():
            settlements.record_offer(deal_id, name, amount, note=note)
            return settlements.get(deal_id)

        self.ctx.runner.run(work, self._show_view, self._failed)

    def set_line(self, index: int, status: LineStatus) -> None:
        deal_id, reason = self.view.deal.id, self.refusal_edit.text().strip()
        self.ctx.runner.run(lambda: self.ctx.services.settlements.set_line_status(
            deal_id, index, status, reason=reason if status is LineStatus.REFUSED else ""),
            self._show_view, self._failed)

    def explain(self) -> None:
        item = self.result_tree.currentItem()
        text = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""
        self.explanation_label.setText(text or self.tr("Choose a computed line to see its arithmetic."))

    def finalise(self) -> None:
        if self.view is None:
            return
        deal_id = self.view.deal.id
        settlements = self.ctx.services.settlements

        def work():
            settlements.finalise(deal_id)
            return settlements.get(deal_id)

        self.ctx.runner.run(work, self._show_view, self._finalise_failed)

    def _finalise_failed(self, error: BaseException) -> None:
        if isinstance(error, CannotFinalise):
            locale = self.locale().name()
            self.reasons_label.setText(self.tr("This settlement cannot be finalised:") + "\n" + "\n".join(
                "⚠ " + render_notice(r, locale) for r in error.reasons))
            self.reasons_label.show()
        else:
            self._failed(error)

    def revise(self) -> None:
        if self.view is None:
            return
        deal_id = self.view.deal.id
        settlements = self.ctx.services.settlements

        def work():
            settlements.revise(deal_id)
            return settlements.get(deal_id)

        self.ctx.runner.run(work, self._show_view, self._failed)

    def print_statement(self) -> None:
        self._print(self.ctx.services.settlements.issue_statement)

    def print_table(self) -> None:
        self._print(self.ctx.services.settlements.issue_distribution_table)

    def _print(self, issue) -> None:
        if self.view is None:
            return
        deal_id, version = self.view.deal.id, self.view.version.version
        self.ctx.runner.run(lambda: issue(deal_id, version), self._show_preview, self._failed)

    def _show_preview(self, answer) -> None:
        document, content = answer
        self.preview = PreviewDialog(document, content, self)
        self.preview.show()


class OfferDialog(QDialog):
    """A buyer's offer for the car: who, how much, and a note."""

    def __init__(self, currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record offer"))
        self.buyer_edit = QLineEdit()
        self.amount_edit = MoneyEdit(currency=currency)
        self.note_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Buyer"), self.buyer_edit)
        form.addRow(self.tr("&Offer"), self.amount_edit)
        form.addRow(self.tr("&Note"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
