# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

from desktop.ui.widgets.date_edit import DateField
from desktop.ui.widgets.money_edit import MoneyEdit

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.errorBanner = QLabel(SettingsDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setVisible(False)
        self.errorBanner.setWordWrap(True)
        self.errorBanner.setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; border-radius: 4px; padding: 6px; }")

        self.dialogLayout.addWidget(self.errorBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.branchNameEditLabel = QLabel(SettingsDialog)
        self.branchNameEditLabel.setObjectName(u"branchNameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchNameEditLabel)

        self.branchNameEdit = QLineEdit(SettingsDialog)
        self.branchNameEdit.setObjectName(u"branchNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchNameEdit)

        self.sentWithinSpinLabel = QLabel(SettingsDialog)
        self.sentWithinSpinLabel.setObjectName(u"sentWithinSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sentWithinSpinLabel)

        self.sentWithinSpin = QSpinBox(SettingsDialog)
        self.sentWithinSpin.setObjectName(u"sentWithinSpin")
        self.sentWithinSpin.setMinimum(1)
        self.sentWithinSpin.setMaximum(90)
        self.sentWithinSpin.setValue(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sentWithinSpin)

        self.releaseWithinSpinLabel = QLabel(SettingsDialog)
        self.releaseWithinSpinLabel.setObjectName(u"releaseWithinSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.releaseWithinSpinLabel)

        self.releaseWithinSpin = QSpinBox(SettingsDialog)
        self.releaseWithinSpin.setObjectName(u"releaseWithinSpin")
        self.releaseWithinSpin.setMinimum(1)
        self.releaseWithinSpin.setMaximum(180)
        self.releaseWithinSpin.setValue(21)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.releaseWithinSpin)

        self.gapJpyEditLabel = QLabel(SettingsDialog)
        self.gapJpyEditLabel.setObjectName(u"gapJpyEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gapJpyEditLabel)

        self.gapJpyEdit = MoneyEdit(SettingsDialog)
        self.gapJpyEdit.setObjectName(u"gapJpyEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gapJpyEdit)

        self.gapCnyEditLabel = QLabel(SettingsDialog)
        self.gapCnyEditLabel.setObjectName(u"gapCnyEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gapCnyEditLabel)

        self.gapCnyEdit = MoneyEdit(SettingsDialog)
        self.gapCnyEdit.setObjectName(u"gapCnyEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gapCnyEdit)

        self.gapRubEditLabel = QLabel(SettingsDialog)
        self.gapRubEditLabel.setObjectName(u"gapRubEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gapRubEditLabel)

        self.gapRubEdit = MoneyEdit(SettingsDialog)
        self.gapRubEdit.setObjectName(u"gapRubEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gapRubEdit)

        self.gapUsdEditLabel = QLabel(SettingsDialog)
        self.gapUsdEditLabel.setObjectName(u"gapUsdEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gapUsdEditLabel)

        self.gapUsdEdit = MoneyEdit(SettingsDialog)
        self.gapUsdEdit.setObjectName(u"gapUsdEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gapUsdEdit)

        self.gapEurEditLabel = QLabel(SettingsDialog)
        self.gapEurEditLabel.setObjectName(u"gapEurEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.gapEurEditLabel)

        self.gapEurEdit = MoneyEdit(SettingsDialog)
        self.gapEurEdit.setObjectName(u"gapEurEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gapEurEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.branchNameEditLabel.setBuddy(self.branchNameEdit)
        self.sentWithinSpinLabel.setBuddy(self.sentWithinSpin)
        self.releaseWithinSpinLabel.setBuddy(self.releaseWithinSpin)
        self.gapJpyEditLabel.setBuddy(self.gapJpyEdit)
        self.gapCnyEditLabel.setBuddy(self.gapCnyEdit)
        self.gapRubEditLabel.setBuddy(self.gapRubEdit)
        self.gapUsdEditLabel.setBuddy(self.gapUsdEdit)
        self.gapEurEditLabel.setBuddy(self.gapEurEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.branchNameEdit, self.sentWithinSpin)
        QWidget.setTabOrder(self.sentWithinSpin, self.releaseWithinSpin)
        QWidget.setTabOrder(self.releaseWithinSpin, self.gapJpyEdit)
        QWidget.setTabOrder(self.gapJpyEdit, self.gapCnyEdit)
        QWidget.setTabOrder(self.gapCnyEdit, self.gapRubEdit)
        QWidget.setTabOrder(self.gapRubEdit, self.gapUsdEdit)
        QWidget.setTabOrder(self.gapUsdEdit, self.gapEurEdit)
        QWidget.setTabOrder(self.gapEurEdit, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.branchNameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Branch name", None))
        self.branchNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"As printed on documents", None))
        self.sentWithinSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Send the payoff &within (days of the sale)", None))
        self.releaseWithinSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Release due &within (days of sending)", None))
        self.gapJpyEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Letter vs estimate tolerance, &JPY", None))
        self.gapCnyEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &CNY", None))
        self.gapRubEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &RUB", None))
        self.gapUsdEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &USD", None))
        self.gapEurEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &EUR", None))
    # retranslateUi

