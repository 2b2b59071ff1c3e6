# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_new_application.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditNewApplicationDialog(object):
    def setupUi(self, CreditNewApplicationDialog):
        if not CreditNewApplicationDialog.objectName():
            CreditNewApplicationDialog.setObjectName(u"CreditNewApplicationDialog")
        CreditNewApplicationDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(CreditNewApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditNewApplicationDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.introLabel = QLabel(CreditNewApplicationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.searchEditLabel = QLabel(CreditNewApplicationDialog)
        self.searchEditLabel.setObjectName(u"searchEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchEditLabel)

        self.searchEdit = QLineEdit(CreditNewApplicationDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.searchEdit)

        self.customerComboLabel = QLabel(CreditNewApplicationDialog)
        self.customerComboLabel.setObjectName(u"customerComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customerComboLabel)

        self.customerCombo = QComboBox(CreditNewApplicationDialog)
        self.customerCombo.setObjectName(u"customerCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customerCombo)

        self.programComboLabel = QLabel(CreditNewApplicationDialog)
        self.programComboLabel.setObjectName(u"programComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programComboLabel)

        self.programCombo = QComboBox(CreditNewApplicationDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.contractDateEditLabel = QLabel(CreditNewApplicationDialog)
        self.contractDateEditLabel.setObjectName(u"contractDateEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contractDateEditLabel)

        self.contractDateEdit = DateField(CreditNewApplicationDialog)
        self.contractDateEdit.setObjectName(u"contractDateEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contractDateEdit)

        self.amountEditLabel = QLabel(CreditNewApplicationDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(CreditNewApplicationDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditNewApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchEditLabel.setBuddy(self.searchEdit)
        self.customerComboLabel.setBuddy(self.customerCombo)
        self.programComboLabel.setBuddy(self.programCombo)
        self.contractDateEditLabel.setBuddy(self.contractDateEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.customerCombo)
        QWidget.setTabOrder(self.customerCombo, self.programCombo)
        QWidget.setTabOrder(self.programCombo, self.contractDateEdit)
        QWidget.setTabOrder(self.contractDateEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.buttonBox)

        self.retranslateUi(CreditNewApplicationDialog)

        QMetaObject.connectSlotsByName(CreditNewApplicationDialog)
    # setupUi

    def retranslateUi(self, CreditNewApplicationDialog):
        CreditNewApplicationDialog.setWindowTitle(QCoreApplication.translate("CreditNewApplicationDialog", u"New credit application", None))
        self.introLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"The applicant's facts are taken from the customer's file; check and complete them on the Facts tab.", None))
        self.searchEditLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"&Find customer", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CreditNewApplicationDialog", u"Name, phone or document number", None))
        self.customerComboLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"&Customer", None))
        self.programComboLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"&Program", None))
        self.contractDateEditLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"Contract &date", None))
        self.amountEditLabel.setText(QCoreApplication.translate("CreditNewApplicationDialog", u"&Amount requested", None))
    # retranslateUi

