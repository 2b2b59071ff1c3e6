"""One search box for everything the desk looks a loan up by: a customer's
name, a VIN or plate fragment, part of an address, a lender's account number.
Results come grouped by kind; choosing one lists the loans it leads to."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.money import format_money
from desktop.ui.context import UiContext
from desktop.ui.i18n import fill

_HIT = Qt.ItemDataRole.UserRole


class LookupPanel(QWidget):
    loan_chosen = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.kind_titles = {"customer": self.tr("Customers"), "vehicle": self.tr("Vehicles"),
                            "property": self.tr("Properties"), "loan": self.tr("Loans")}

        self.search_box = QLineEdit()
        self.search_box.setObjectName("lookupSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Name, VIN or plate, address, account number… (Ctrl+F)"))
        self.results = QTreeWidget()
        self.results.setObjectName("lookupResults")
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loans_label = QLabel(self.tr("Loans"))
        self.loans = QListWidget()
        self.loans.setObjectName("lookupLoans")
        self.loans.setWordWrap(True)
        self.loans.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.loans_label)
        layout.addWidget(self.loans, 2)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _: self._debounce.start())
        self.search_box.returnPressed.connect(self._focus_results)
        self.results.currentItemChanged.connect(lambda item, _prev: self._hit_chosen(item))
        self.results.itemActivated.connect(lambda _item, _col: self._focus_loans())
        self.loans.itemActivated.connect(self._loan_activated)
        self.loans.currentItemChanged.connect(lambda item, _prev: self._loan_activated(item))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def refresh(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.search_box.text().strip()
        if not text:
            self.results.clear()
            return
        lookup = self.ctx.services.lookup
        self.ctx.runner.run(lambda: lookup.find(text), lambda hits: self._show(generation, hits))

    def _show(self, generation: int, hits: list) -> None:
        if generation != self._generation:
            return  # the clerk typed on
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem([self.kind_titles.get(hit.kind, hit.kind)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.results.addTopLevelItem(group)
                groups[hit.kind] = group
            label = hit.label if hit.kind == "customer" else f"{hit.label} — {hit.customer_name}"
            item = QTreeWidgetItem([label])
            item.setData(0, _HIT, hit)
            group.addChild(item)
        self.results.expandAll()
        if not hits:
            empty = QTreeWidgetItem([self.tr("Nothing found")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(empty)

    def _focus_results(self) -> None:
        first = self._first_hit_item()
        if first is not None:
            self.results.setFocus()
            self.results.setCurrentItem(first)

    def _first_hit_item(self) -> QTreeWidgetItem | None:
        for i in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(i)
            if group.childCount():
                return group.child(0)
        return None

    def _hit_chosen(self, item: QTreeWidgetItem | None) -> None:
        hit = item.data(0, _HIT) if item is not None else None
        if hit is None:
            return
        lookup = self.ctx.services.lookup
        self.ctx.runner.run(lambda: lookup.loans_for(hit), self._show_loans)

    def _show_loans(self, loans: list) -> None:
        self.loans.clear()
        locale = self.locale().name()
        for loan in loans:
            text = fill(self.tr("{account} — {lender}\n{asset} · {principal}"),
                        account=loan.account_number, lender=loan.lender_name,
                        asset=loan.asset_label or "—", principal=format_money(loan.principal, locale))
            item = QListWidgetItem(text)
            item.setData(_HIT, loan.id)
            self.loans.addItem(item)
        if len(loans) == 1:
            self.loans.setCurrentRow(0)

    def _focus_loans(self) -> None:
        if self.loans.count():
            self.loans.setFocus()
            self.loans.setCurrentRow(0)

    def _loan_activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.loan_chosen.emit(item.data(_HIT))
