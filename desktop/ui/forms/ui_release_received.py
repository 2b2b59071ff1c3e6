# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_received.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_ReleaseReceivedDialog(object):
    def setupUi(self, ReleaseReceivedDialog):
        if not ReleaseReceivedDialog.objectName():
            ReleaseReceivedDialog.setObjectName(u"ReleaseReceivedDialog")
        self.dialogLayout = QVBoxLayout(ReleaseReceivedDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(ReleaseReceivedDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.releasedOnEditLabel = QLabel(ReleaseReceivedDialog)
        self.releasedOnEditLabel.setObjectName(u"releasedOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.releasedOnEditLabel)

        self.releasedOnEdit = DateField(ReleaseReceivedDialog)
        self.releasedOnEdit.setObjectName(u"releasedOnEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.releasedOnEdit)

        self.documentsListLabel = QLabel(ReleaseReceivedDialog)
        self.documentsListLabel.setObjectName(u"documentsListLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentsListLabel)

        self.documentsList = QListWidget(ReleaseReceivedDialog)
        self.documentsList.setObjectName(u"documentsList")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentsList)

        self.otherDocumentEditLabel = QLabel(ReleaseReceivedDialog)
        self.otherDocumentEditLabel.setObjectName(u"otherDocumentEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherDocumentEditLabel)

        self.otherDocumentEdit = QLineEdit(ReleaseReceivedDialog)
        self.otherDocumentEdit.setObjectName(u"otherDocumentEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherDocumentEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ReleaseReceivedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.releasedOnEditLabel.setBuddy(self.releasedOnEdit)
        self.documentsListLabel.setBuddy(self.documentsList)
        self.otherDocumentEditLabel.setBuddy(self.otherDocumentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.releasedOnEdit, self.documentsList)
        QWidget.setTabOrder(self.documentsList, self.otherDocumentEdit)
        QWidget.setTabOrder(self.otherDocumentEdit, self.buttonBox)

        self.retranslateUi(ReleaseReceivedDialog)

        QMetaObject.connectSlotsByName(ReleaseReceivedDialog)
    # setupUi

    def retranslateUi(self, ReleaseReceivedDialog):
        ReleaseReceivedDialog.setWindowTitle(QCoreApplication.translate("ReleaseReceivedDialog", u"Release documents received", None))
        self.releasedOnEditLabel.setText(QCoreApplication.translate("ReleaseReceivedDialog", u"&Received on", None))
        self.documentsListLabel.setText(QCoreApplication.translate("ReleaseReceivedDialog", u"&Documents", None))
        self.otherDocumentEditLabel.setText(QCoreApplication.translate("ReleaseReceivedDialog", u"&Other document", None))
        self.otherDocumentEdit.setPlaceholderText(QCoreApplication.translate("ReleaseReceivedDialog", u"Anything else that came", None))
    # retranslateUi

