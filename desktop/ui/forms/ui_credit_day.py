# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_day.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_CreditDayDialog(object):
    def setupUi(self, CreditDayDialog):
        if not CreditDayDialog.objectName():
            CreditDayDialog.setObjectName(u"CreditDayDialog")
        CreditDayDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(CreditDayDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(CreditDayDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.itemLabel = QLabel(CreditDayDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayEditLabel = QLabel(CreditDayDialog)
        self.dayEditLabel.setObjectName(u"dayEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayEditLabel)

        self.dayEdit = DateField(CreditDayDialog)
        self.dayEdit.setObjectName(u"dayEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.noteEditLabel = QLabel(CreditDayDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(CreditDayDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.dealerRegisteredCheck = QCheckBox(CreditDayDialog)
        self.dealerRegisteredCheck.setObjectName(u"dealerRegisteredCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.dealerRegisteredCheck)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(CreditDayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayEditLabel.setBuddy(self.dayEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.dealerRegisteredCheck)
        QWidget.setTabOrder(self.dealerRegisteredCheck, self.buttonBox)

        self.retranslateUi(CreditDayDialog)

        QMetaObject.connectSlotsByName(CreditDayDialog)
    # setupUi

    def retranslateUi(self, CreditDayDialog):
        CreditDayDialog.setWindowTitle(QCoreApplication.translate("CreditDayDialog", u"Mark done", None))
        self.dayEditLabel.setText(QCoreApplication.translate("CreditDayDialog", u"&Done on", None))
        self.noteEditLabel.setText(QCoreApplication.translate("CreditDayDialog", u"&Note", None))
        self.dealerRegisteredCheck.setText(QCoreApplication.translate("CreditDayDialog", u"The &dealer registered the car", None))
    # retranslateUi

