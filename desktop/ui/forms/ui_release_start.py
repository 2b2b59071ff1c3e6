# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_start.ui'
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

class Ui_ReleaseStartDialog(object):
    def setupUi(self, ReleaseStartDialog):
        if not ReleaseStartDialog.objectName():
            ReleaseStartDialog.setObjectName(u"ReleaseStartDialog")
        self.dialogLayout = QVBoxLayout(ReleaseStartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(ReleaseStartDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.saleOnEditLabel = QLabel(ReleaseStartDialog)
        self.saleOnEditLabel.setObjectName(u"saleOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.saleOnEditLabel)

        self.saleOnEdit = DateField(ReleaseStartDialog)
        self.saleOnEdit.setObjectName(u"saleOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.saleOnEdit)

        self.notesEditLabel = QLabel(ReleaseStartDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QLineEdit(ReleaseStartDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ReleaseStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.saleOnEditLabel.setBuddy(self.saleOnEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.saleOnEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(ReleaseStartDialog)

        QMetaObject.connectSlotsByName(ReleaseStartDialog)
    # setupUi

    def retranslateUi(self, ReleaseStartDialog):
        ReleaseStartDialog.setWindowTitle(QCoreApplication.translate("ReleaseStartDialog", u"Track the payoff and lien release", None))
        self.saleOnEditLabel.setText(QCoreApplication.translate("ReleaseStartDialog", u"Day of &sale or trade-in", None))
        self.notesEditLabel.setText(QCoreApplication.translate("ReleaseStartDialog", u"&Notes", None))
    # retranslateUi

