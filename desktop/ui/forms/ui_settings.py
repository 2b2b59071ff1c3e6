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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

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

        self.branchRegionEditLabel = QLabel(SettingsDialog)
        self.branchRegionEditLabel.setObjectName(u"branchRegionEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branchRegionEditLabel)

        self.branchRegionEdit = QLineEdit(SettingsDialog)
        self.branchRegionEdit.setObjectName(u"branchRegionEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branchRegionEdit)

        self.sentWithinSpinLabel = QLabel(SettingsDialog)
        self.sentWithinSpinLabel.setObjectName(u"sentWithinSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentWithinSpinLabel)

        self.sentWithinSpin = QSpinBox(SettingsDialog)
        self.sentWithinSpin.setObjectName(u"sentWithinSpin")
        self.sentWithinSpin.setMinimum(1)
        self.sentWithinSpin.setMaximum(90)
        self.sentWithinSpin.setValue(10)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentWithinSpin)

        self.releaseWithinSpinLabel = QLabel(SettingsDialog)
        self.releaseWithinSpinLabel.setObjectName(u"releaseWithinSpinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.releaseWithinSpinLabel)

        self.releaseWithinSpin = QSpinBox(SettingsDialog)
        self.releaseWithinSpin.setObjectName(u"releaseWithinSpin")
        self.releaseWithinSpin.setMinimum(1)
        self.releaseWithinSpin.setMaximum(180)
        self.releaseWithinSpin.setValue(21)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.releaseWithinSpin)

        self.gapJpyEditLabel = QLabel(SettingsDialog)
        self.gapJpyEditLabel.setObjectName(u"gapJpyEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gapJpyEditLabel)

        self.gapJpyEdit = MoneyEdit(SettingsDialog)
        self.gapJpyEdit.setObjectName(u"gapJpyEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gapJpyEdit)

        self.gapCnyEditLabel = QLabel(SettingsDialog)
        self.gapCnyEditLabel.setObjectName(u"gapCnyEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gapCnyEditLabel)

        self.gapCnyEdit = MoneyEdit(SettingsDialog)
        self.gapCnyEdit.setObjectName(u"gapCnyEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gapCnyEdit)

        self.gapRubEditLabel = QLabel(SettingsDialog)
        self.gapRubEditLabel.setObjectName(u"gapRubEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gapRubEditLabel)

        self.gapRubEdit = MoneyEdit(SettingsDialog)
        self.gapRubEdit.setObjectName(u"gapRubEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gapRubEdit)

        self.gapUsdEditLabel = QLabel(SettingsDialog)
        self.gapUsdEditLabel.setObjectName(u"gapUsdEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.gapUsdEditLabel)

        self.gapUsdEdit = MoneyEdit(SettingsDialog)
        self.gapUsdEdit.setObjectName(u"gapUsdEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gapUsdEdit)

        self.gapEurEditLabel = QLabel(SettingsDialog)
        self.gapEurEditLabel.setObjectName(u"gapEurEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.gapEurEditLabel)

        self.gapEurEdit = MoneyEdit(SettingsDialog)
        self.gapEurEdit.setObjectName(u"gapEurEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.gapEurEdit)

        self.maxFailedSpinLabel = QLabel(SettingsDialog)
        self.maxFailedSpinLabel.setObjectName(u"maxFailedSpinLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.maxFailedSpinLabel)

        self.maxFailedSpin = QSpinBox(SettingsDialog)
        self.maxFailedSpin.setObjectName(u"maxFailedSpin")
        self.maxFailedSpin.setMinimum(3)
        self.maxFailedSpin.setMaximum(20)
        self.maxFailedSpin.setValue(5)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.maxFailedSpin)

        self.lockoutSpinLabel = QLabel(SettingsDialog)
        self.lockoutSpinLabel.setObjectName(u"lockoutSpinLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.lockoutSpinLabel)

        self.lockoutSpin = QSpinBox(SettingsDialog)
        self.lockoutSpin.setObjectName(u"lockoutSpin")
        self.lockoutSpin.setMinimum(1)
        self.lockoutSpin.setMaximum(1440)
        self.lockoutSpin.setValue(15)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.lockoutSpin)

        self.idleLockSpinLabel = QLabel(SettingsDialog)
        self.idleLockSpinLabel.setObjectName(u"idleLockSpinLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.idleLockSpinLabel)

        self.idleLockSpin = QSpinBox(SettingsDialog)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(240)
        self.idleLockSpin.setValue(10)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.branchCountryEditLabel = QLabel(SettingsDialog)
        self.branchCountryEditLabel.setObjectName(u"branchCountryEditLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.branchCountryEditLabel)

        self.branchCountryEdit = QLineEdit(SettingsDialog)
        self.branchCountryEdit.setObjectName(u"branchCountryEdit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.branchCountryEdit)

        self.retentionJpSpinLabel = QLabel(SettingsDialog)
        self.retentionJpSpinLabel.setObjectName(u"retentionJpSpinLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.retentionJpSpinLabel)

        self.retentionJpSpin = QSpinBox(SettingsDialog)
        self.retentionJpSpin.setObjectName(u"retentionJpSpin")
        self.retentionJpSpin.setMinimum(1)
        self.retentionJpSpin.setMaximum(240)
        self.retentionJpSpin.setValue(60)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.retentionJpSpin)

        self.retentionRuSpinLabel = QLabel(SettingsDialog)
        self.retentionRuSpinLabel.setObjectName(u"retentionRuSpinLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.retentionRuSpinLabel)

        self.retentionRuSpin = QSpinBox(SettingsDialog)
        self.retentionRuSpin.setObjectName(u"retentionRuSpin")
        self.retentionRuSpin.setMinimum(1)
        self.retentionRuSpin.setMaximum(240)
        self.retentionRuSpin.setValue(36)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.retentionRuSpin)

        self.retentionCnSpinLabel = QLabel(SettingsDialog)
        self.retentionCnSpinLabel.setObjectName(u"retentionCnSpinLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.retentionCnSpinLabel)

        self.retentionCnSpin = QSpinBox(SettingsDialog)
        self.retentionCnSpin.setObjectName(u"retentionCnSpin")
        self.retentionCnSpin.setMinimum(1)
        self.retentionCnSpin.setMaximum(240)
        self.retentionCnSpin.setValue(36)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.retentionCnSpin)

        self.retentionOtherSpinLabel = QLabel(SettingsDialog)
        self.retentionOtherSpinLabel.setObjectName(u"retentionOtherSpinLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.retentionOtherSpinLabel)

        self.retentionOtherSpin = QSpinBox(SettingsDialog)
        self.retentionOtherSpin.setObjectName(u"retentionOtherSpin")
        self.retentionOtherSpin.setMinimum(1)
        self.retentionOtherSpin.setMaximum(240)
        self.retentionOtherSpin.setValue(24)

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.retentionOtherSpin)

        self.screenLanguageComboLabel = QLabel(SettingsDialog)
        self.screenLanguageComboLabel.setObjectName(u"screenLanguageComboLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.screenLanguageComboLabel)

        self.screenLanguageCombo = QComboBox(SettingsDialog)
        self.screenLanguageCombo.setObjectName(u"screenLanguageCombo")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.screenLanguageCombo)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.branchNameEditLabel.setBuddy(self.branchNameEdit)
        self.branchRegionEditLabel.setBuddy(self.branchRegionEdit)
        self.sentWithinSpinLabel.setBuddy(self.sentWithinSpin)
        self.releaseWithinSpinLabel.setBuddy(self.releaseWithinSpin)
        self.gapJpyEditLabel.setBuddy(self.gapJpyEdit)
        self.gapCnyEditLabel.setBuddy(self.gapCnyEdit)
        self.gapRubEditLabel.setBuddy(self.gapRubEdit)
        self.gapUsdEditLabel.setBuddy(self.gapUsdEdit)
        self.gapEurEditLabel.setBuddy(self.gapEurEdit)
        self.maxFailedSpinLabel.setBuddy(self.maxFailedSpin)
        self.lockoutSpinLabel.setBuddy(self.lockoutSpin)
        self.idleLockSpinLabel.setBuddy(self.idleLockSpin)
        self.branchCountryEditLabel.setBuddy(self.branchCountryEdit)
        self.retentionJpSpinLabel.setBuddy(self.retentionJpSpin)
        self.retentionRuSpinLabel.setBuddy(self.retentionRuSpin)
        self.retentionCnSpinLabel.setBuddy(self.retentionCnSpin)
        self.retentionOtherSpinLabel.setBuddy(self.retentionOtherSpin)
        self.screenLanguageComboLabel.setBuddy(self.screenLanguageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.branchNameEdit, self.branchRegionEdit)
        QWidget.setTabOrder(self.branchRegionEdit, self.sentWithinSpin)
        QWidget.setTabOrder(self.sentWithinSpin, self.releaseWithinSpin)
        QWidget.setTabOrder(self.releaseWithinSpin, self.gapJpyEdit)
        QWidget.setTabOrder(self.gapJpyEdit, self.gapCnyEdit)
        QWidget.setTabOrder(self.gapCnyEdit, self.gapRubEdit)
        QWidget.setTabOrder(self.gapRubEdit, self.gapUsdEdit)
        QWidget.setTabOrder(self.gapUsdEdit, self.gapEurEdit)
        QWidget.setTabOrder(self.gapEurEdit, self.maxFailedSpin)
        QWidget.setTabOrder(self.maxFailedSpin, self.lockoutSpin)
        QWidget.setTabOrder(self.lockoutSpin, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.branchCountryEdit)
        QWidget.setTabOrder(self.branchCountryEdit, self.retentionJpSpin)
        QWidget.setTabOrder(self.retentionJpSpin, self.retentionRuSpin)
        QWidget.setTabOrder(self.retentionRuSpin, self.retentionCnSpin)
        QWidget.setTabOrder(self.retentionCnSpin, self.retentionOtherSpin)
        QWidget.setTabOrder(self.retentionOtherSpin, self.screenLanguageCombo)
        QWidget.setTabOrder(self.screenLanguageCombo, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.branchNameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Branch name", None))
        self.branchNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"As printed on documents", None))
        self.branchRegionEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Branch &region", None))
        self.branchRegionEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Where borrowers must be registered, e.g. \u041c\u043e\u0441\u043a\u0432\u0430, \u5c71\u897f\u7701\u592a\u539f\u5e02", None))
        self.sentWithinSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Send the payoff &within (days of the sale)", None))
        self.releaseWithinSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Release due &within (days of sending)", None))
        self.gapJpyEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Letter vs estimate tolerance, &JPY", None))
        self.gapCnyEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &CNY", None))
        self.gapRubEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &RUB", None))
        self.gapUsdEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &USD", None))
        self.gapEurEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tolerance, &EUR", None))
        self.maxFailedSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Wrong passwords before a lock&out", None))
        self.lockoutSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lockout (&minutes)", None))
        self.idleLockSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock the desk after &idle minutes", None))
        self.branchCountryEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Branch &country (its privacy law)", None))
        self.branchCountryEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"JP, RU, CN; empty: each customer's citizenship", None))
        self.retentionJpSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data, Japan (months after last use)", None))
        self.retentionRuSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data, Russia (months)", None))
        self.retentionCnSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data, China (months)", None))
        self.retentionOtherSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data, elsewhere (months)", None))
        self.screenLanguageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"Screen &language", None))
#if QT_CONFIG(tooltip)
        self.screenLanguageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The language of the screens on this desk; documents follow each customer's language.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

