# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_policy.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditPolicyDialog(object):
    def setupUi(self, CreditPolicyDialog):
        if not CreditPolicyDialog.objectName():
            CreditPolicyDialog.setObjectName(u"CreditPolicyDialog")
        CreditPolicyDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(CreditPolicyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditPolicyDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.coverComboLabel = QLabel(CreditPolicyDialog)
        self.coverComboLabel.setObjectName(u"coverComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.coverComboLabel)

        self.coverCombo = QComboBox(CreditPolicyDialog)
        self.coverCombo.setObjectName(u"coverCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.coverCombo)

        self.numberEditLabel = QLabel(CreditPolicyDialog)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(CreditPolicyDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.insurerEditLabel = QLabel(CreditPolicyDialog)
        self.insurerEditLabel.setObjectName(u"insurerEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.insurerEditLabel)

        self.insurerEdit = QLineEdit(CreditPolicyDialog)
        self.insurerEdit.setObjectName(u"insurerEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.insurerEdit)

        self.sumInsuredEditLabel = QLabel(CreditPolicyDialog)
        self.sumInsuredEditLabel.setObjectName(u"sumInsuredEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sumInsuredEditLabel)

        self.sumInsuredEdit = MoneyEdit(CreditPolicyDialog)
        self.sumInsuredEdit.setObjectName(u"sumInsuredEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sumInsuredEdit)

        self.periodStartEditLabel = QLabel(CreditPolicyDialog)
        self.periodStartEditLabel.setObjectName(u"periodStartEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.periodStartEditLabel)

        self.periodStartEdit = DateField(CreditPolicyDialog)
        self.periodStartEdit.setObjectName(u"periodStartEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.periodStartEdit)

        self.paidUntilEditLabel = QLabel(CreditPolicyDialog)
        self.paidUntilEditLabel.setObjectName(u"paidUntilEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paidUntilEditLabel)

        self.paidUntilEdit = DateField(CreditPolicyDialog)
        self.paidUntilEdit.setObjectName(u"paidUntilEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paidUntilEdit)

        self.paidOnEditLabel = QLabel(CreditPolicyDialog)
        self.paidOnEditLabel.setObjectName(u"paidOnEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paidOnEditLabel)

        self.paidOnEdit = DateField(CreditPolicyDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.beneficiaryCheck = QCheckBox(CreditPolicyDialog)
        self.beneficiaryCheck.setObjectName(u"beneficiaryCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.beneficiaryCheck)

        self.proofReceivedEditLabel = QLabel(CreditPolicyDialog)
        self.proofReceivedEditLabel.setObjectName(u"proofReceivedEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.proofReceivedEditLabel)

        self.proofReceivedEdit = DateField(CreditPolicyDialog)
        self.proofReceivedEdit.setObjectName(u"proofReceivedEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.proofReceivedEdit)

        self.noteEditLabel = QLabel(CreditPolicyDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(CreditPolicyDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditPolicyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.coverComboLabel.setBuddy(self.coverCombo)
        self.numberEditLabel.setBuddy(self.numberEdit)
        self.insurerEditLabel.setBuddy(self.insurerEdit)
        self.sumInsuredEditLabel.setBuddy(self.sumInsuredEdit)
        self.periodStartEditLabel.setBuddy(self.periodStartEdit)
        self.paidUntilEditLabel.setBuddy(self.paidUntilEdit)
        self.paidOnEditLabel.setBuddy(self.paidOnEdit)
        self.proofReceivedEditLabel.setBuddy(self.proofReceivedEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.coverCombo, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.insurerEdit)
        QWidget.setTabOrder(self.insurerEdit, self.sumInsuredEdit)
        QWidget.setTabOrder(self.sumInsuredEdit, self.periodStartEdit)
        QWidget.setTabOrder(self.periodStartEdit, self.paidUntilEdit)
        QWidget.setTabOrder(self.paidUntilEdit, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.beneficiaryCheck)
        QWidget.setTabOrder(self.beneficiaryCheck, self.proofReceivedEdit)
        QWidget.setTabOrder(self.proofReceivedEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(CreditPolicyDialog)

        QMetaObject.connectSlotsByName(CreditPolicyDialog)
    # setupUi

    def retranslateUi(self, CreditPolicyDialog):
        CreditPolicyDialog.setWindowTitle(QCoreApplication.translate("CreditPolicyDialog", u"Record an insurance policy", None))
        self.coverComboLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"&Cover", None))
        self.numberEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"Policy &number", None))
        self.insurerEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"&Insurer", None))
        self.sumInsuredEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"&Sum insured", None))
        self.periodStartEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"Period &starts", None))
        self.paidUntilEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"Paid &until", None))
        self.paidOnEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"Paid &on", None))
        self.beneficiaryCheck.setText(QCoreApplication.translate("CreditPolicyDialog", u"The &bank is the beneficiary", None))
        self.proofReceivedEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"&Proof received on", None))
        self.noteEditLabel.setText(QCoreApplication.translate("CreditPolicyDialog", u"N&ote", None))
    # retranslateUi

