# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lender.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_LenderDialog(object):
    def setupUi(self, LenderDialog):
        if not LenderDialog.objectName():
            LenderDialog.setObjectName(u"LenderDialog")
        self.dialogLayout = QVBoxLayout(LenderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(LenderDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameEditLabel = QLabel(LenderDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(LenderDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindComboLabel = QLabel(LenderDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(LenderDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.countryEditLabel = QLabel(LenderDialog)
        self.countryEditLabel.setObjectName(u"countryEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryEditLabel)

        self.countryEdit = QLineEdit(LenderDialog)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.phoneEditLabel = QLabel(LenderDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(LenderDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(LenderDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(LenderDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressEditLabel = QLabel(LenderDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(LenderDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.payoffMethodEditLabel = QLabel(LenderDialog)
        self.payoffMethodEditLabel.setObjectName(u"payoffMethodEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.payoffMethodEditLabel)

        self.payoffMethodEdit = QLineEdit(LenderDialog)
        self.payoffMethodEdit.setObjectName(u"payoffMethodEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.payoffMethodEdit)

        self.releaseDocumentsEditLabel = QLabel(LenderDialog)
        self.releaseDocumentsEditLabel.setObjectName(u"releaseDocumentsEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.releaseDocumentsEditLabel)

        self.releaseDocumentsEdit = QPlainTextEdit(LenderDialog)
        self.releaseDocumentsEdit.setObjectName(u"releaseDocumentsEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.releaseDocumentsEdit)

        self.releaseDaysSpinLabel = QLabel(LenderDialog)
        self.releaseDaysSpinLabel.setObjectName(u"releaseDaysSpinLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.releaseDaysSpinLabel)

        self.releaseDaysSpin = QSpinBox(LenderDialog)
        self.releaseDaysSpin.setObjectName(u"releaseDaysSpin")
        self.releaseDaysSpin.setMinimum(0)
        self.releaseDaysSpin.setMaximum(365)
        self.releaseDaysSpin.setValue(14)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.releaseDaysSpin)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LenderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.countryEditLabel.setBuddy(self.countryEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.payoffMethodEditLabel.setBuddy(self.payoffMethodEdit)
        self.releaseDocumentsEditLabel.setBuddy(self.releaseDocumentsEdit)
        self.releaseDaysSpinLabel.setBuddy(self.releaseDaysSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.payoffMethodEdit)
        QWidget.setTabOrder(self.payoffMethodEdit, self.releaseDocumentsEdit)
        QWidget.setTabOrder(self.releaseDocumentsEdit, self.releaseDaysSpin)
        QWidget.setTabOrder(self.releaseDaysSpin, self.buttonBox)

        self.retranslateUi(LenderDialog)

        QMetaObject.connectSlotsByName(LenderDialog)
    # setupUi

    def retranslateUi(self, LenderDialog):
        LenderDialog.setWindowTitle(QCoreApplication.translate("LenderDialog", u"Lender", None))
        self.nameEditLabel.setText(QCoreApplication.translate("LenderDialog", u"&Name", None))
        self.kindComboLabel.setText(QCoreApplication.translate("LenderDialog", u"&Kind", None))
        self.countryEditLabel.setText(QCoreApplication.translate("LenderDialog", u"&Country", None))
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("LenderDialog", u"JP, RU, CN\u2026", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("LenderDialog", u"&Phone", None))
        self.emailEditLabel.setText(QCoreApplication.translate("LenderDialog", u"&E-mail", None))
        self.addressEditLabel.setText(QCoreApplication.translate("LenderDialog", u"&Address", None))
        self.payoffMethodEditLabel.setText(QCoreApplication.translate("LenderDialog", u"Payoff &requests by", None))
        self.payoffMethodEdit.setPlaceholderText(QCoreApplication.translate("LenderDialog", u"Fax, portal, phone\u2026", None))
        self.releaseDocumentsEditLabel.setText(QCoreApplication.translate("LenderDialog", u"Release &documents", None))
        self.releaseDocumentsEdit.setPlaceholderText(QCoreApplication.translate("LenderDialog", u"One per line", None))
        self.releaseDaysSpinLabel.setText(QCoreApplication.translate("LenderDialog", u"Usual release &time (days)", None))
    # retranslateUi

