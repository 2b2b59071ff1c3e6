# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lender_quote.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_LenderQuoteDialog(object):
    def setupUi(self, LenderQuoteDialog):
        if not LenderQuoteDialog.objectName():
            LenderQuoteDialog.setObjectName(u"LenderQuoteDialog")
        self.dialogLayout = QVBoxLayout(LenderQuoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(LenderQuoteDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.referenceEditLabel = QLabel(LenderQuoteDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(LenderQuoteDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.amountEditLabel = QLabel(LenderQuoteDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = MoneyEdit(LenderQuoteDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.goodThroughEditLabel = QLabel(LenderQuoteDialog)
        self.goodThroughEditLabel.setObjectName(u"goodThroughEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goodThroughEditLabel)

        self.goodThroughEdit = DateField(LenderQuoteDialog)
        self.goodThroughEdit.setObjectName(u"goodThroughEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goodThroughEdit)

        self.perDiemEditLabel = QLabel(LenderQuoteDialog)
        self.perDiemEditLabel.setObjectName(u"perDiemEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.perDiemEditLabel)

        self.perDiemEdit = MoneyEdit(LenderQuoteDialog)
        self.perDiemEdit.setObjectName(u"perDiemEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.perDiemEdit)

        self.receivedOnEditLabel = QLabel(LenderQuoteDialog)
        self.receivedOnEditLabel.setObjectName(u"receivedOnEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receivedOnEditLabel)

        self.receivedOnEdit = DateField(LenderQuoteDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.receivedByEditLabel = QLabel(LenderQuoteDialog)
        self.receivedByEditLabel.setObjectName(u"receivedByEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.receivedByEditLabel)

        self.receivedByEdit = QLineEdit(LenderQuoteDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LenderQuoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.goodThroughEditLabel.setBuddy(self.goodThroughEdit)
        self.perDiemEditLabel.setBuddy(self.perDiemEdit)
        self.receivedOnEditLabel.setBuddy(self.receivedOnEdit)
        self.receivedByEditLabel.setBuddy(self.receivedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.goodThroughEdit)
        QWidget.setTabOrder(self.goodThroughEdit, self.perDiemEdit)
        QWidget.setTabOrder(self.perDiemEdit, self.receivedOnEdit)
        QWidget.setTabOrder(self.receivedOnEdit, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.buttonBox)

        self.retranslateUi(LenderQuoteDialog)

        QMetaObject.connectSlotsByName(LenderQuoteDialog)
    # setupUi

    def retranslateUi(self, LenderQuoteDialog):
        LenderQuoteDialog.setWindowTitle(QCoreApplication.translate("LenderQuoteDialog", u"Lender payoff letter", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"&Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("LenderQuoteDialog", u"The number on the lender's letter", None))
        self.amountEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"Payoff &amount", None))
        self.goodThroughEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"&Good through", None))
        self.perDiemEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"&Per diem", None))
        self.perDiemEdit.setPlaceholderText(QCoreApplication.translate("LenderQuoteDialog", u"Added for each day after the good-through date", None))
        self.receivedOnEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"Received &on", None))
        self.receivedByEditLabel.setText(QCoreApplication.translate("LenderQuoteDialog", u"Received &by", None))
    # retranslateUi

