# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_facts.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditFactsForm(object):
    def setupUi(self, CreditFactsForm):
        if not CreditFactsForm.objectName():
            CreditFactsForm.setObjectName(u"CreditFactsForm")
        self.columns = QHBoxLayout(CreditFactsForm)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.applicantGroup = QGroupBox(CreditFactsForm)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantGroupForm = QFormLayout(self.applicantGroup)
        self.applicantGroupForm.setObjectName(u"applicantGroupForm")
        self.birthDateEditLabel = QLabel(self.applicantGroup)
        self.birthDateEditLabel.setObjectName(u"birthDateEditLabel")

        self.applicantGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birthDateEditLabel)

        self.birthDateEdit = DateField(self.applicantGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.applicantGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexComboLabel = QLabel(self.applicantGroup)
        self.sexComboLabel.setObjectName(u"sexComboLabel")

        self.applicantGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexComboLabel)

        self.sexCombo = QComboBox(self.applicantGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.applicantGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.citizenshipEditLabel = QLabel(self.applicantGroup)
        self.citizenshipEditLabel.setObjectName(u"citizenshipEditLabel")

        self.applicantGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.citizenshipEditLabel)

        self.citizenshipEdit = QLineEdit(self.applicantGroup)
        self.citizenshipEdit.setObjectName(u"citizenshipEdit")

        self.applicantGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.citizenshipEdit)

        self.registrationRegionEditLabel = QLabel(self.applicantGroup)
        self.registrationRegionEditLabel.setObjectName(u"registrationRegionEditLabel")

        self.applicantGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registrationRegionEditLabel)

        self.registrationRegionEdit = QLineEdit(self.applicantGroup)
        self.registrationRegionEdit.setObjectName(u"registrationRegionEdit")

        self.applicantGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registrationRegionEdit)

        self.residenceRegionEditLabel = QLabel(self.applicantGroup)
        self.residenceRegionEditLabel.setObjectName(u"residenceRegionEditLabel")

        self.applicantGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.residenceRegionEditLabel)

        self.residenceRegionEdit = QLineEdit(self.applicantGroup)
        self.residenceRegionEdit.setObjectName(u"residenceRegionEdit")

        self.applicantGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.residenceRegionEdit)

        self.employmentComboLabel = QLabel(self.applicantGroup)
        self.employmentComboLabel.setObjectName(u"employmentComboLabel")

        self.applicantGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employmentComboLabel)

        self.employmentCombo = QComboBox(self.applicantGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.applicantGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.civilServantCheck = QCheckBox(self.applicantGroup)
        self.civilServantCheck.setObjectName(u"civilServantCheck")

        self.applicantGroupForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.civilServantCheck)

        self.totalEmploymentSpinLabel = QLabel(self.applicantGroup)
        self.totalEmploymentSpinLabel.setObjectName(u"totalEmploymentSpinLabel")

        self.applicantGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.totalEmploymentSpinLabel)

        self.totalEmploymentSpin = QSpinBox(self.applicantGroup)
        self.totalEmploymentSpin.setObjectName(u"totalEmploymentSpin")
        self.totalEmploymentSpin.setMinimum(-1)
        self.totalEmploymentSpin.setMaximum(900)

        self.applicantGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.totalEmploymentSpin)

        self.currentEmploymentSpinLabel = QLabel(self.applicantGroup)
        self.currentEmploymentSpinLabel.setObjectName(u"currentEmploymentSpinLabel")

        self.applicantGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.currentEmploymentSpinLabel)

        self.currentEmploymentSpin = QSpinBox(self.applicantGroup)
        self.currentEmploymentSpin.setObjectName(u"currentEmploymentSpin")
        self.currentEmploymentSpin.setMinimum(-1)
        self.currentEmploymentSpin.setMaximum(900)

        self.applicantGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currentEmploymentSpin)

        self.income1EditLabel = QLabel(self.applicantGroup)
        self.income1EditLabel.setObjectName(u"income1EditLabel")

        self.applicantGroupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.income1EditLabel)

        self.income1Edit = MoneyEdit(self.applicantGroup)
        self.income1Edit.setObjectName(u"income1Edit")

        self.applicantGroupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.income1Edit)

        self.income2EditLabel = QLabel(self.applicantGroup)
        self.income2EditLabel.setObjectName(u"income2EditLabel")

        self.applicantGroupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.income2EditLabel)

        self.income2Edit = MoneyEdit(self.applicantGroup)
        self.income2Edit.setObjectName(u"income2Edit")

        self.applicantGroupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.income2Edit)

        self.income3EditLabel = QLabel(self.applicantGroup)
        self.income3EditLabel.setObjectName(u"income3EditLabel")

        self.applicantGroupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.income3EditLabel)

        self.income3Edit = MoneyEdit(self.applicantGroup)
        self.income3Edit.setObjectName(u"income3Edit")

        self.applicantGroupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.income3Edit)

        self.obligationsLabelLabel = QLabel(self.applicantGroup)
        self.obligationsLabelLabel.setObjectName(u"obligationsLabelLabel")

        self.applicantGroupForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.obligationsLabelLabel)

        self.obligationsLabel = QLabel(self.applicantGroup)
        self.obligationsLabel.setObjectName(u"obligationsLabel")
        self.obligationsLabel.setWordWrap(True)

        self.applicantGroupForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.obligationsLabel)

        self.delaysSpinLabel = QLabel(self.applicantGroup)
        self.delaysSpinLabel.setObjectName(u"delaysSpinLabel")

        self.applicantGroupForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.delaysSpinLabel)

        self.delaysSpin = QSpinBox(self.applicantGroup)
        self.delaysSpin.setObjectName(u"delaysSpin")
        self.delaysSpin.setMinimum(-1)
        self.delaysSpin.setMaximum(99)

        self.applicantGroupForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.delaysSpin)

        self.investigationComboLabel = QLabel(self.applicantGroup)
        self.investigationComboLabel.setObjectName(u"investigationComboLabel")

        self.applicantGroupForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.investigationComboLabel)

        self.investigationCombo = QComboBox(self.applicantGroup)
        self.investigationCombo.setObjectName(u"investigationCombo")

        self.applicantGroupForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.investigationCombo)

        self.licenceComboLabel = QLabel(self.applicantGroup)
        self.licenceComboLabel.setObjectName(u"licenceComboLabel")

        self.applicantGroupForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.licenceComboLabel)

        self.licenceCombo = QComboBox(self.applicantGroup)
        self.licenceCombo.setObjectName(u"licenceCombo")

        self.applicantGroupForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.licenceCombo)

        self.driverAlternativeComboLabel = QLabel(self.applicantGroup)
        self.driverAlternativeComboLabel.setObjectName(u"driverAlternativeComboLabel")

        self.applicantGroupForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.driverAlternativeComboLabel)

        self.driverAlternativeCombo = QComboBox(self.applicantGroup)
        self.driverAlternativeCombo.setObjectName(u"driverAlternativeCombo")

        self.applicantGroupForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.driverAlternativeCombo)


        self.leftColumn.addWidget(self.applicantGroup)

        self.spouseGroup = QGroupBox(CreditFactsForm)
        self.spouseGroup.setObjectName(u"spouseGroup")
        self.spouseGroupForm = QFormLayout(self.spouseGroup)
        self.spouseGroupForm.setObjectName(u"spouseGroupForm")
        self.maritalComboLabel = QLabel(self.spouseGroup)
        self.maritalComboLabel.setObjectName(u"maritalComboLabel")

        self.spouseGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.maritalComboLabel)

        self.maritalCombo = QComboBox(self.spouseGroup)
        self.maritalCombo.setObjectName(u"maritalCombo")

        self.spouseGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.maritalCombo)

        self.spouseRoleComboLabel = QLabel(self.spouseGroup)
        self.spouseRoleComboLabel.setObjectName(u"spouseRoleComboLabel")

        self.spouseGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.spouseRoleComboLabel)

        self.spouseRoleCombo = QComboBox(self.spouseGroup)
        self.spouseRoleCombo.setObjectName(u"spouseRoleCombo")

        self.spouseGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.spouseRoleCombo)

        self.spouseQualifiesComboLabel = QLabel(self.spouseGroup)
        self.spouseQualifiesComboLabel.setObjectName(u"spouseQualifiesComboLabel")

        self.spouseGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spouseQualifiesComboLabel)

        self.spouseQualifiesCombo = QComboBox(self.spouseGroup)
        self.spouseQualifiesCombo.setObjectName(u"spouseQualifiesCombo")

        self.spouseGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spouseQualifiesCombo)

        self.spouseIncome1EditLabel = QLabel(self.spouseGroup)
        self.spouseIncome1EditLabel.setObjectName(u"spouseIncome1EditLabel")

        self.spouseGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.spouseIncome1EditLabel)

        self.spouseIncome1Edit = MoneyEdit(self.spouseGroup)
        self.spouseIncome1Edit.setObjectName(u"spouseIncome1Edit")

        self.spouseGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.spouseIncome1Edit)

        self.spouseIncome2EditLabel = QLabel(self.spouseGroup)
        self.spouseIncome2EditLabel.setObjectName(u"spouseIncome2EditLabel")

        self.spouseGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.spouseIncome2EditLabel)

        self.spouseIncome2Edit = MoneyEdit(self.spouseGroup)
        self.spouseIncome2Edit.setObjectName(u"spouseIncome2Edit")

        self.spouseGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spouseIncome2Edit)

        self.spouseIncome3EditLabel = QLabel(self.spouseGroup)
        self.spouseIncome3EditLabel.setObjectName(u"spouseIncome3EditLabel")

        self.spouseGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.spouseIncome3EditLabel)

        self.spouseIncome3Edit = MoneyEdit(self.spouseGroup)
        self.spouseIncome3Edit.setObjectName(u"spouseIncome3Edit")

        self.spouseGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.spouseIncome3Edit)

        self.spouseFundBalanceEditLabel = QLabel(self.spouseGroup)
        self.spouseFundBalanceEditLabel.setObjectName(u"spouseFundBalanceEditLabel")

        self.spouseGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.spouseFundBalanceEditLabel)

        self.spouseFundBalanceEdit = MoneyEdit(self.spouseGroup)
        self.spouseFundBalanceEdit.setObjectName(u"spouseFundBalanceEdit")

        self.spouseGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.spouseFundBalanceEdit)

        self.spouseFundUsedCheck = QCheckBox(self.spouseGroup)
        self.spouseFundUsedCheck.setObjectName(u"spouseFundUsedCheck")

        self.spouseGroupForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.spouseFundUsedCheck)


        self.leftColumn.addWidget(self.spouseGroup)

        self.fundGroup = QGroupBox(CreditFactsForm)
        self.fundGroup.setObjectName(u"fundGroup")
        self.fundGroupForm = QFormLayout(self.fundGroup)
        self.fundGroupForm.setObjectName(u"fundGroupForm")
        self.fundBalanceEditLabel = QLabel(self.fundGroup)
        self.fundBalanceEditLabel.setObjectName(u"fundBalanceEditLabel")

        self.fundGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundBalanceEditLabel)

        self.fundBalanceEdit = MoneyEdit(self.fundGroup)
        self.fundBalanceEdit.setObjectName(u"fundBalanceEdit")

        self.fundGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fundBalanceEdit)

        self.contributionsComboLabel = QLabel(self.fundGroup)
        self.contributionsComboLabel.setObjectName(u"contributionsComboLabel")

        self.fundGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contributionsComboLabel)

        self.contributionsCombo = QComboBox(self.fundGroup)
        self.contributionsCombo.setObjectName(u"contributionsCombo")

        self.fundGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contributionsCombo)

        self.providentLoanComboLabel = QLabel(self.fundGroup)
        self.providentLoanComboLabel.setObjectName(u"providentLoanComboLabel")

        self.fundGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.providentLoanComboLabel)

        self.providentLoanCombo = QComboBox(self.fundGroup)
        self.providentLoanCombo.setObjectName(u"providentLoanCombo")

        self.fundGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.providentLoanCombo)

        self.guaranteeingComboLabel = QLabel(self.fundGroup)
        self.guaranteeingComboLabel.setObjectName(u"guaranteeingComboLabel")

        self.fundGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guaranteeingComboLabel)

        self.guaranteeingCombo = QComboBox(self.fundGroup)
        self.guaranteeingCombo.setObjectName(u"guaranteeingCombo")

        self.fundGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guaranteeingCombo)

        self.overduePeriodsSpinLabel = QLabel(self.fundGroup)
        self.overduePeriodsSpinLabel.setObjectName(u"overduePeriodsSpinLabel")

        self.fundGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.overduePeriodsSpinLabel)

        self.overduePeriodsSpin = QSpinBox(self.fundGroup)
        self.overduePeriodsSpin.setObjectName(u"overduePeriodsSpin")
        self.overduePeriodsSpin.setMinimum(-1)
        self.overduePeriodsSpin.setMaximum(99)

        self.fundGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.overduePeriodsSpin)


        self.leftColumn.addWidget(self.fundGroup)

        self.leftColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.requestGroup = QGroupBox(CreditFactsForm)
        self.requestGroup.setObjectName(u"requestGroup")
        self.requestGroupForm = QFormLayout(self.requestGroup)
        self.requestGroupForm.setObjectName(u"requestGroupForm")
        self.programLabelLabel = QLabel(self.requestGroup)
        self.programLabelLabel.setObjectName(u"programLabelLabel")

        self.requestGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programLabelLabel)

        self.programLabel = QLabel(self.requestGroup)
        self.programLabel.setObjectName(u"programLabel")
        self.programLabel.setWordWrap(True)

        self.requestGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programLabel)

        self.purposeComboLabel = QLabel(self.requestGroup)
        self.purposeComboLabel.setObjectName(u"purposeComboLabel")

        self.requestGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeComboLabel)

        self.purposeCombo = QComboBox(self.requestGroup)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.requestGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.contractDateEditLabel = QLabel(self.requestGroup)
        self.contractDateEditLabel.setObjectName(u"contractDateEditLabel")

        self.requestGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contractDateEditLabel)

        self.contractDateEdit = DateField(self.requestGroup)
        self.contractDateEdit.setObjectName(u"contractDateEdit")

        self.requestGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contractDateEdit)

        self.amountEditLabel = QLabel(self.requestGroup)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.requestGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(self.requestGroup)
        self.amountEdit.setObjectName(u"amountEdit")

        self.requestGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.termSpinLabel = QLabel(self.requestGroup)
        self.termSpinLabel.setObjectName(u"termSpinLabel")

        self.requestGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.termSpinLabel)

        self.termSpin = QSpinBox(self.requestGroup)
        self.termSpin.setObjectName(u"termSpin")
        self.termSpin.setMinimum(1)
        self.termSpin.setMaximum(600)

        self.requestGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.termSpin)

        self.rateEditLabel = QLabel(self.requestGroup)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.requestGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(self.requestGroup)
        self.rateEdit.setObjectName(u"rateEdit")

        self.requestGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.methodComboLabel = QLabel(self.requestGroup)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.requestGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodComboLabel)

        self.methodCombo = QComboBox(self.requestGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.requestGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.priceEditLabel = QLabel(self.requestGroup)
        self.priceEditLabel.setObjectName(u"priceEditLabel")

        self.requestGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.priceEditLabel)

        self.priceEdit = MoneyEdit(self.requestGroup)
        self.priceEdit.setObjectName(u"priceEdit")

        self.requestGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.downPaymentEditLabel = QLabel(self.requestGroup)
        self.downPaymentEditLabel.setObjectName(u"downPaymentEditLabel")

        self.requestGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.downPaymentEditLabel)

        self.downPaymentEdit = MoneyEdit(self.requestGroup)
        self.downPaymentEdit.setObjectName(u"downPaymentEdit")

        self.requestGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.downPaymentEdit)

        self.financedInsuranceEditLabel = QLabel(self.requestGroup)
        self.financedInsuranceEditLabel.setObjectName(u"financedInsuranceEditLabel")

        self.requestGroupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.financedInsuranceEditLabel)

        self.financedInsuranceEdit = MoneyEdit(self.requestGroup)
        self.financedInsuranceEdit.setObjectName(u"financedInsuranceEdit")

        self.requestGroupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.financedInsuranceEdit)

        self.rateCurrencyEditLabel = QLabel(self.requestGroup)
        self.rateCurrencyEditLabel.setObjectName(u"rateCurrencyEditLabel")

        self.requestGroupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.rateCurrencyEditLabel)

        self.rateCurrencyEdit = QLineEdit(self.requestGroup)
        self.rateCurrencyEdit.setObjectName(u"rateCurrencyEdit")

        self.requestGroupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.rateCurrencyEdit)

        self.rateValueEditLabel = QLabel(self.requestGroup)
        self.rateValueEditLabel.setObjectName(u"rateValueEditLabel")

        self.requestGroupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.rateValueEditLabel)

        self.rateValueEdit = QLineEdit(self.requestGroup)
        self.rateValueEdit.setObjectName(u"rateValueEdit")

        self.requestGroupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.rateValueEdit)

        self.rateDateEditLabel = QLabel(self.requestGroup)
        self.rateDateEditLabel.setObjectName(u"rateDateEditLabel")

        self.requestGroupForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.rateDateEditLabel)

        self.rateDateEdit = DateField(self.requestGroup)
        self.rateDateEdit.setObjectName(u"rateDateEdit")

        self.requestGroupForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.rateDateEdit)

        self.branchRegionEditLabel = QLabel(self.requestGroup)
        self.branchRegionEditLabel.setObjectName(u"branchRegionEditLabel")

        self.requestGroupForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.branchRegionEditLabel)

        self.branchRegionEdit = QLineEdit(self.requestGroup)
        self.branchRegionEdit.setObjectName(u"branchRegionEdit")

        self.requestGroupForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.branchRegionEdit)


        self.rightColumn.addWidget(self.requestGroup)

        self.vehicleGroup = QGroupBox(CreditFactsForm)
        self.vehicleGroup.setObjectName(u"vehicleGroup")
        self.vehicleGroupForm = QFormLayout(self.vehicleGroup)
        self.vehicleGroupForm.setObjectName(u"vehicleGroupForm")
        self.modelYearSpinLabel = QLabel(self.vehicleGroup)
        self.modelYearSpinLabel.setObjectName(u"modelYearSpinLabel")

        self.vehicleGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modelYearSpinLabel)

        self.modelYearSpin = QSpinBox(self.vehicleGroup)
        self.modelYearSpin.setObjectName(u"modelYearSpin")
        self.modelYearSpin.setMinimum(1899)
        self.modelYearSpin.setMaximum(2100)

        self.vehicleGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.modelYearSpin)

        self.neverInServiceComboLabel = QLabel(self.vehicleGroup)
        self.neverInServiceComboLabel.setObjectName(u"neverInServiceComboLabel")

        self.vehicleGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.neverInServiceComboLabel)

        self.neverInServiceCombo = QComboBox(self.vehicleGroup)
        self.neverInServiceCombo.setObjectName(u"neverInServiceCombo")

        self.vehicleGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.neverInServiceCombo)

        self.importedComboLabel = QLabel(self.vehicleGroup)
        self.importedComboLabel.setObjectName(u"importedComboLabel")

        self.vehicleGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.importedComboLabel)

        self.importedCombo = QComboBox(self.vehicleGroup)
        self.importedCombo.setObjectName(u"importedCombo")

        self.vehicleGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.importedCombo)

        self.everRegisteredComboLabel = QLabel(self.vehicleGroup)
        self.everRegisteredComboLabel.setObjectName(u"everRegisteredComboLabel")

        self.vehicleGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.everRegisteredComboLabel)

        self.everRegisteredCombo = QComboBox(self.vehicleGroup)
        self.everRegisteredCombo.setObjectName(u"everRegisteredCombo")

        self.vehicleGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.everRegisteredCombo)

        self.partnerDealerComboLabel = QLabel(self.vehicleGroup)
        self.partnerDealerComboLabel.setObjectName(u"partnerDealerComboLabel")

        self.vehicleGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnerDealerComboLabel)

        self.partnerDealerCombo = QComboBox(self.vehicleGroup)
        self.partnerDealerCombo.setObjectName(u"partnerDealerCombo")

        self.vehicleGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partnerDealerCombo)

        self.roadworthyComboLabel = QLabel(self.vehicleGroup)
        self.roadworthyComboLabel.setObjectName(u"roadworthyComboLabel")

        self.vehicleGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roadworthyComboLabel)

        self.roadworthyCombo = QComboBox(self.vehicleGroup)
        self.roadworthyCombo.setObjectName(u"roadworthyCombo")

        self.vehicleGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roadworthyCombo)


        self.rightColumn.addWidget(self.vehicleGroup)

        self.homeGroup = QGroupBox(CreditFactsForm)
        self.homeGroup.setObjectName(u"homeGroup")
        self.homeGroupForm = QFormLayout(self.homeGroup)
        self.homeGroupForm.setObjectName(u"homeGroupForm")
        self.collateralComboLabel = QLabel(self.homeGroup)
        self.collateralComboLabel.setObjectName(u"collateralComboLabel")

        self.homeGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.collateralComboLabel)

        self.collateralCombo = QComboBox(self.homeGroup)
        self.collateralCombo.setObjectName(u"collateralCombo")

        self.homeGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.collateralCombo)

        self.floorAreaEditLabel = QLabel(self.homeGroup)
        self.floorAreaEditLabel.setObjectName(u"floorAreaEditLabel")

        self.homeGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.floorAreaEditLabel)

        self.floorAreaEdit = QLineEdit(self.homeGroup)
        self.floorAreaEdit.setObjectName(u"floorAreaEdit")

        self.homeGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.floorAreaEdit)

        self.appraisalEditLabel = QLabel(self.homeGroup)
        self.appraisalEditLabel.setObjectName(u"appraisalEditLabel")

        self.homeGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appraisalEditLabel)

        self.appraisalEdit = MoneyEdit(self.homeGroup)
        self.appraisalEdit.setObjectName(u"appraisalEdit")

        self.homeGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appraisalEdit)

        self.pledgeEditLabel = QLabel(self.homeGroup)
        self.pledgeEditLabel.setObjectName(u"pledgeEditLabel")

        self.homeGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pledgeEditLabel)

        self.pledgeEdit = MoneyEdit(self.homeGroup)
        self.pledgeEdit.setObjectName(u"pledgeEdit")

        self.homeGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pledgeEdit)

        self.guarantorFundEditLabel = QLabel(self.homeGroup)
        self.guarantorFundEditLabel.setObjectName(u"guarantorFundEditLabel")

        self.homeGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guarantorFundEditLabel)

        self.guarantorFundEdit = MoneyEdit(self.homeGroup)
        self.guarantorFundEdit.setObjectName(u"guarantorFundEdit")

        self.homeGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guarantorFundEdit)

        self.commercialLoanEditLabel = QLabel(self.homeGroup)
        self.commercialLoanEditLabel.setObjectName(u"commercialLoanEditLabel")

        self.homeGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.commercialLoanEditLabel)

        self.commercialLoanEdit = MoneyEdit(self.homeGroup)
        self.commercialLoanEdit.setObjectName(u"commercialLoanEdit")

        self.homeGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.commercialLoanEdit)

        self.secondHandCheck = QCheckBox(self.homeGroup)
        self.secondHandCheck.setObjectName(u"secondHandCheck")

        self.homeGroupForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.secondHandCheck)


        self.rightColumn.addWidget(self.homeGroup)

        self.rightColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)


        self.columns.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.birthDateEditLabel.setBuddy(self.birthDateEdit)
        self.sexComboLabel.setBuddy(self.sexCombo)
        self.citizenshipEditLabel.setBuddy(self.citizenshipEdit)
        self.registrationRegionEditLabel.setBuddy(self.registrationRegionEdit)
        self.residenceRegionEditLabel.setBuddy(self.residenceRegionEdit)
        self.employmentComboLabel.setBuddy(self.employmentCombo)
        self.totalEmploymentSpinLabel.setBuddy(self.totalEmploymentSpin)
        self.currentEmploymentSpinLabel.setBuddy(self.currentEmploymentSpin)
        self.income1EditLabel.setBuddy(self.income1Edit)
        self.income2EditLabel.setBuddy(self.income2Edit)
        self.income3EditLabel.setBuddy(self.income3Edit)
        self.obligationsLabelLabel.setBuddy(self.obligationsLabel)
        self.delaysSpinLabel.setBuddy(self.delaysSpin)
        self.investigationComboLabel.setBuddy(self.investigationCombo)
        self.licenceComboLabel.setBuddy(self.licenceCombo)
        self.driverAlternativeComboLabel.setBuddy(self.driverAlternativeCombo)
        self.maritalComboLabel.setBuddy(self.maritalCombo)
        self.spouseRoleComboLabel.setBuddy(self.spouseRoleCombo)
        self.spouseQualifiesComboLabel.setBuddy(self.spouseQualifiesCombo)
        self.spouseIncome1EditLabel.setBuddy(self.spouseIncome1Edit)
        self.spouseIncome2EditLabel.setBuddy(self.spouseIncome2Edit)
        self.spouseIncome3EditLabel.setBuddy(self.spouseIncome3Edit)
        self.spouseFundBalanceEditLabel.setBuddy(self.spouseFundBalanceEdit)
        self.fundBalanceEditLabel.setBuddy(self.fundBalanceEdit)
        self.contributionsComboLabel.setBuddy(self.contributionsCombo)
        self.providentLoanComboLabel.setBuddy(self.providentLoanCombo)
        self.guaranteeingComboLabel.setBuddy(self.guaranteeingCombo)
        self.overduePeriodsSpinLabel.setBuddy(self.overduePeriodsSpin)
        self.programLabelLabel.setBuddy(self.programLabel)
        self.purposeComboLabel.setBuddy(self.purposeCombo)
        self.contractDateEditLabel.setBuddy(self.contractDateEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.termSpinLabel.setBuddy(self.termSpin)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.priceEditLabel.setBuddy(self.priceEdit)
        self.downPaymentEditLabel.setBuddy(self.downPaymentEdit)
        self.financedInsuranceEditLabel.setBuddy(self.financedInsuranceEdit)
        self.rateCurrencyEditLabel.setBuddy(self.rateCurrencyEdit)
        self.rateValueEditLabel.setBuddy(self.rateValueEdit)
        self.rateDateEditLabel.setBuddy(self.rateDateEdit)
        self.branchRegionEditLabel.setBuddy(self.branchRegionEdit)
        self.modelYearSpinLabel.setBuddy(self.modelYearSpin)
        self.neverInServiceComboLabel.setBuddy(self.neverInServiceCombo)
        self.importedComboLabel.setBuddy(self.importedCombo)
        self.everRegisteredComboLabel.setBuddy(self.everRegisteredCombo)
        self.partnerDealerComboLabel.setBuddy(self.partnerDealerCombo)
        self.roadworthyComboLabel.setBuddy(self.roadworthyCombo)
        self.collateralComboLabel.setBuddy(self.collateralCombo)
        self.floorAreaEditLabel.setBuddy(self.floorAreaEdit)
        self.appraisalEditLabel.setBuddy(self.appraisalEdit)
        self.pledgeEditLabel.setBuddy(self.pledgeEdit)
        self.guarantorFundEditLabel.setBuddy(self.guarantorFundEdit)
        self.commercialLoanEditLabel.setBuddy(self.commercialLoanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purposeCombo, self.contractDateEdit)
        QWidget.setTabOrder(self.contractDateEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.termSpin)
        QWidget.setTabOrder(self.termSpin, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.downPaymentEdit)
        QWidget.setTabOrder(self.downPaymentEdit, self.financedInsuranceEdit)
        QWidget.setTabOrder(self.financedInsuranceEdit, self.rateCurrencyEdit)
        QWidget.setTabOrder(self.rateCurrencyEdit, self.rateValueEdit)
        QWidget.setTabOrder(self.rateValueEdit, self.rateDateEdit)
        QWidget.setTabOrder(self.rateDateEdit, self.branchRegionEdit)
        QWidget.setTabOrder(self.branchRegionEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.citizenshipEdit)
        QWidget.setTabOrder(self.citizenshipEdit, self.registrationRegionEdit)
        QWidget.setTabOrder(self.registrationRegionEdit, self.residenceRegionEdit)
        QWidget.setTabOrder(self.residenceRegionEdit, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.civilServantCheck)
        QWidget.setTabOrder(self.civilServantCheck, self.totalEmploymentSpin)
        QWidget.setTabOrder(self.totalEmploymentSpin, self.currentEmploymentSpin)
        QWidget.setTabOrder(self.currentEmploymentSpin, self.income1Edit)
        QWidget.setTabOrder(self.income1Edit, self.income2Edit)
        QWidget.setTabOrder(self.income2Edit, self.income3Edit)
        QWidget.setTabOrder(self.income3Edit, self.delaysSpin)
        QWidget.setTabOrder(self.delaysSpin, self.investigationCombo)
        QWidget.setTabOrder(self.investigationCombo, self.licenceCombo)
        QWidget.setTabOrder(self.licenceCombo, self.driverAlternativeCombo)
        QWidget.setTabOrder(self.driverAlternativeCombo, self.maritalCombo)
        QWidget.setTabOrder(self.maritalCombo, self.spouseRoleCombo)
        QWidget.setTabOrder(self.spouseRoleCombo, self.spouseQualifiesCombo)
        QWidget.setTabOrder(self.spouseQualifiesCombo, self.spouseIncome1Edit)
        QWidget.setTabOrder(self.spouseIncome1Edit, self.spouseIncome2Edit)
        QWidget.setTabOrder(self.spouseIncome2Edit, self.spouseIncome3Edit)
        QWidget.setTabOrder(self.spouseIncome3Edit, self.spouseFundBalanceEdit)
        QWidget.setTabOrder(self.spouseFundBalanceEdit, self.spouseFundUsedCheck)
        QWidget.setTabOrder(self.spouseFundUsedCheck, self.fundBalanceEdit)
        QWidget.setTabOrder(self.fundBalanceEdit, self.contributionsCombo)
        QWidget.setTabOrder(self.contributionsCombo, self.providentLoanCombo)
        QWidget.setTabOrder(self.providentLoanCombo, self.guaranteeingCombo)
        QWidget.setTabOrder(self.guaranteeingCombo, self.overduePeriodsSpin)
        QWidget.setTabOrder(self.overduePeriodsSpin, self.modelYearSpin)
        QWidget.setTabOrder(self.modelYearSpin, self.neverInServiceCombo)
        QWidget.setTabOrder(self.neverInServiceCombo, self.importedCombo)
        QWidget.setTabOrder(self.importedCombo, self.everRegisteredCombo)
        QWidget.setTabOrder(self.everRegisteredCombo, self.partnerDealerCombo)
        QWidget.setTabOrder(self.partnerDealerCombo, self.roadworthyCombo)
        QWidget.setTabOrder(self.roadworthyCombo, self.collateralCombo)
        QWidget.setTabOrder(self.collateralCombo, self.floorAreaEdit)
        QWidget.setTabOrder(self.floorAreaEdit, self.appraisalEdit)
        QWidget.setTabOrder(self.appraisalEdit, self.pledgeEdit)
        QWidget.setTabOrder(self.pledgeEdit, self.guarantorFundEdit)
        QWidget.setTabOrder(self.guarantorFundEdit, self.commercialLoanEdit)
        QWidget.setTabOrder(self.commercialLoanEdit, self.secondHandCheck)

        self.retranslateUi(CreditFactsForm)

        QMetaObject.connectSlotsByName(CreditFactsForm)
    # setupUi

    def retranslateUi(self, CreditFactsForm):
        self.applicantGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Applicant", None))
        self.birthDateEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Date of &birth", None))
        self.sexComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Se&x", None))
        self.citizenshipEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Citi&zenship", None))
        self.citizenshipEdit.setPlaceholderText(QCoreApplication.translate("CreditFactsForm", u"RU, CN, JP", None))
        self.registrationRegionEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Re&gistered in (region)", None))
        self.residenceRegionEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Residence certificate region", None))
        self.employmentComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Employment", None))
        self.civilServantCheck.setText(QCoreApplication.translate("CreditFactsForm", u"Civil servant", None))
        self.totalEmploymentSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Total employment, months", None))
        self.totalEmploymentSpin.setSpecialValueText(QCoreApplication.translate("CreditFactsForm", u"not recorded", None))
        self.currentEmploymentSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Current employer, months", None))
        self.currentEmploymentSpin.setSpecialValueText(QCoreApplication.translate("CreditFactsForm", u"not recorded", None))
        self.income1EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Net income, month &1", None))
        self.income2EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Net income, month 2", None))
        self.income3EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Net income, month 3", None))
        self.obligationsLabelLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Debts (customer's file)", None))
        self.delaysSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Delays over 30 days", None))
        self.delaysSpin.setSpecialValueText(QCoreApplication.translate("CreditFactsForm", u"not recorded", None))
        self.investigationComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Under investigation", None))
        self.licenceComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Driving licence", None))
        self.driverAlternativeComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Instead of a licence", None))
        self.spouseGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Spouse", None))
        self.maritalComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Marital status", None))
        self.spouseRoleComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse's role", None))
        self.spouseQualifiesComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse meets the borrower rules", None))
        self.spouseIncome1EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse's net income, month 1", None))
        self.spouseIncome2EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse's net income, month 2", None))
        self.spouseIncome3EditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse's net income, month 3", None))
        self.spouseFundBalanceEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Spouse's fund balance", None))
        self.spouseFundUsedCheck.setText(QCoreApplication.translate("CreditFactsForm", u"The loan also draws on the spouse's fund", None))
        self.fundGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Provident fund", None))
        self.fundBalanceEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Fund account balance", None))
        self.contributionsComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Contributions paid in full and on time", None))
        self.providentLoanComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Has an unrepaid provident loan", None))
        self.guaranteeingComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Guarantor of someone's provident loan", None))
        self.overduePeriodsSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Periods overdue on a past loan", None))
        self.overduePeriodsSpin.setSpecialValueText(QCoreApplication.translate("CreditFactsForm", u"not recorded", None))
        self.requestGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Request", None))
        self.programLabelLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Program", None))
        self.purposeComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Purpose", None))
        self.contractDateEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Contract date", None))
        self.amountEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Amount requested", None))
        self.termSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Term, months", None))
        self.rateEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Annual &rate, %", None))
        self.methodComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Repayment", None))
        self.priceEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Pr&ice", None))
        self.downPaymentEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"&Down payment", None))
        self.financedInsuranceEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Insurance paid from the loan", None))
        self.rateCurrencyEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Exchange rate: currency", None))
        self.rateCurrencyEdit.setPlaceholderText(QCoreApplication.translate("CreditFactsForm", u"USD", None))
        self.rateValueEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Central-bank rate", None))
        self.rateValueEdit.setPlaceholderText(QCoreApplication.translate("CreditFactsForm", u"Units of the program's currency for one", None))
        self.rateDateEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Rate of (date)", None))
        self.branchRegionEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Branch region", None))
        self.vehicleGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Vehicle", None))
        self.modelYearSpinLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Model &year", None))
        self.modelYearSpin.setSpecialValueText(QCoreApplication.translate("CreditFactsForm", u"not recorded", None))
        self.neverInServiceComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Never in service", None))
        self.importedComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Made here or imported by a company", None))
        self.everRegisteredComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Ever registered", None))
        self.partnerDealerComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Sold by a partner dealer", None))
        self.roadworthyComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Roadworthy", None))
        self.homeGroup.setTitle(QCoreApplication.translate("CreditFactsForm", u"Home", None))
        self.collateralComboLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Co&llateral", None))
        self.floorAreaEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Floor area, m\u00b2", None))
        self.appraisalEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Appraisal of the home", None))
        self.pledgeEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Securities pledged (face value)", None))
        self.guarantorFundEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Guarantor's fund balance", None))
        self.commercialLoanEditLabel.setText(QCoreApplication.translate("CreditFactsForm", u"Commercial loan converted (original)", None))
        self.secondHandCheck.setText(QCoreApplication.translate("CreditFactsForm", u"Second-hand home", None))
        pass
    # retranslateUi

