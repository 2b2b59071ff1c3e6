"""Benchmark data: a LienDesk database of N customers, made fast and the same every time.

    python bench/generate.py 100000 [--data-dir bench/data] [--force]

Each customer is Japanese (kanji name, katakana reading), Chinese (hanzi, pinyin),
Russian (Cyrillic, with patronymic and a Latin reading) or from an English-
speaking country, with a phone, an identity document, often an e-mail, an
address and sometimes obligations; about one vehicle or property each (VINs
and Japanese chassis numbers, plates, addresses), about one loan each from a
few dozen lenders, and a few payments on each loan. Everything comes from one
seeded random generator: the same seed and size give the same file.

How it is written. The rows are made by the store's own code: every record is
passed to the real ``CustomerRepository.add``, ``AssetRepository.add``,
``LoanRepository.add`` and ``LoanRepository.add_payment``, which build their
rows with the store's row builders and index the record with
``search.index_record``, exactly as the app does. Only the writes are caught
(a stand-in for sqlite-utils' table and for the connection) and replayed with
``executemany``, 10,000 customers per transaction, in a second process, so
the file ends with the very rows and search index the app itself would write,
in a fraction of the time.

What is left out, on purpose: the audit log (the services append one row per
change with a hash chain; a bulk load has no clerk and no history, and the
log is never read by the code measured), and the services' validation and
duplicate checks (the generator only makes valid, distinct-enough records).
The database is opened with ``desktop.store.db.open_database``, so its schema
is the app's, migrations included; only connection-level pragmas (cache size,
synchronous) differ while loading.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import sqlite3
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.domain.assets import Property, PropertyKind, Vehicle  # noqa: E402
from desktop.domain.customers import (  # noqa: E402
    Customer, IdDocumentKind, Obligation, ObligationKind, Sex,
)
from desktop.domain.lenders import Lender, LenderKind  # noqa: E402
from desktop.domain.loan_accounts import LoanAccount, LoanStatus  # noqa: E402
from desktop.domain.loans import DayCount, LoanTerms, PaymentMade, RepaymentMethod  # noqa: E402
from desktop.domain.money import MINOR_DIGITS, Money  # noqa: E402
from desktop.store.assets import AssetRepository  # noqa: E402
from desktop.store.customers import CustomerRepository  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.lenders import LenderRepository  # noqa: E402
from desktop.store.loans import LoanRepository  # noqa: E402

GENERATOR_VERSION = 1  # bump when the data changes: cached files are then made again
DEFAULT_SEED = 20260412
CUSTOMERS_PER_TRANSACTION = 10_000
DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"

# Customers are taken in over these years, oldest first (ids and created_at rise together).
FIRST_INTAKE = datetime(2016, 1, 4, 0, 30, tzinfo=timezone.utc)
LAST_INTAKE = datetime(2026, 3, 31, 9, 0, tzinfo=timezone.utc)

UTC = timezone.utc


# ---------------------------------------------------------------------------
# Name, address and vehicle pools
# ---------------------------------------------------------------------------

# (kanji, katakana reading, romaji), roughly in order of frequency.
JP_FAMILY = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
    ("佐々木", "ササキ", "sasaki"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
    ("斎藤", "サイトウ", "saito"), ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"),
    ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("阿部", "アベ", "abe"), ("石川", "イシカワ", "ishikawa"), ("山下", "ヤマシタ", "yamashita"),
    ("中島", "ナカジマ", "nakajima"), ("石井", "イシイ", "ishii"), ("小川", "オガワ", "ogawa"),
    ("前田", "マエダ", "maeda"), ("岡田", "オカダ", "okada"), ("長谷川", "ハセガワ", "hasegawa"),
    ("藤田", "フジタ", "fujita"), ("後藤", "ゴトウ", "goto"), ("近藤", "コンドウ", "kondo"),
    ("村上", "ムラカミ", "murakami"), ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"),
    ("坂本", "サカモト", "sakamoto"), ("斉藤", "サイトウ", "saito"), ("福田", "フクダ", "fukuda"),
    ("太田", "オオタ", "ota"), ("西村", "ニシムラ", "nishimura"), ("藤井", "フジイ", "fujii"),
    ("金子", "カネコ", "kaneko"), ("岡本", "オカモト", "okamoto"), ("藤原", "フジワラ", "fujiwara"),
    ("中野", "ナカノ", "nakano"), ("三浦", "ミウラ", "miura"), ("原田", "ハラダ", "harada"),
    ("中川", "ナカガワ", "nakagawa"), ("松田", "マツダ", "matsuda"), ("竹内", "タケウチ", "takeuchi"),
    ("小野", "オノ", "ono"), ("田村", "タムラ", "tamura"), ("中山", "ナカヤマ", "nakayama"),
    ("和田", "ワダ", "wada"), ("石田", "イシダ", "ishida"), ("森田", "モリタ", "morita"),
    ("上田", "ウエダ", "ueda"), ("原", "ハラ", "hara"), ("内田", "ウチダ", "uchida"),
    ("柴田", "シバタ", "shibata"), ("酒井", "サカイ", "sakai"), ("宮崎", "ミヤザキ", "miyazaki"),
    ("横山", "ヨコヤマ", "yokoyama"), ("高木", "タカギ", "takagi"), ("安藤", "アンドウ", "ando"),
    ("宮本", "ミヤモト", "miyamoto"), ("大野", "オオノ", "ono"), ("小島", "コジマ", "kojima"),
    ("谷口", "タニグチ", "taniguchi"), ("今井", "イマイ", "imai"), ("工藤", "クドウ", "kudo"),
    ("高田", "タカダ", "takada"), ("増田", "マスダ", "masuda"), ("丸山", "マルヤマ", "maruyama"),
    ("杉山", "スギヤマ", "sugiyama"), ("村田", "ムラタ", "murata"), ("大塚", "オオツカ", "otsuka"),
    ("新井", "アライ", "arai"), ("小山", "コヤマ", "koyama"), ("平野", "ヒラノ", "hirano"),
    ("藤本", "フジモト", "fujimoto"), ("河野", "コウノ", "kono"), ("上野", "ウエノ", "ueno"),
    ("野口", "ノグチ", "noguchi"), ("武田", "タケダ", "takeda"), ("松井", "マツイ", "matsui"),
    ("千葉", "チバ", "chiba"), ("岩崎", "イワサキ", "iwasaki"), ("菅原", "スガワラ", "sugawara"),
    ("木下", "キノシタ", "kinoshita"), ("久保", "クボ", "kubo"), ("佐野", "サノ", "sano"),
    ("野村", "ノムラ", "nomura"), ("松尾", "マツオ", "matsuo"), ("山内", "ヤマウチ", "yamauchi"),
    ("山中", "ヤマナカ", "yamanaka"),
]
JP_GIVEN_M = [
    ("太郎", "タロウ", "taro"), ("一郎", "イチロウ", "ichiro"), ("健一", "ケンイチ", "kenichi"),
    ("大輔", "ダイスケ", "daisuke"), ("翔太", "ショウタ", "shota"), ("拓也", "タクヤ", "takuya"),
    ("健太", "ケンタ", "kenta"), ("直樹", "ナオキ", "naoki"), ("誠", "マコト", "makoto"),
    ("浩", "ヒロシ", "hiroshi"), ("剛", "ツヨシ", "tsuyoshi"), ("和也", "カズヤ", "kazuya"),
    ("聡", "サトシ", "satoshi"), ("亮", "リョウ", "ryo"), ("蓮", "レン", "ren"),
    ("大翔", "ヒロト", "hiroto"), ("悠真", "ユウマ", "yuma"), ("隆", "タカシ", "takashi"),
    ("茂", "シゲル", "shigeru"), ("修", "オサム", "osamu"), ("正人", "マサト", "masato"),
    ("達也", "タツヤ", "tatsuya"), ("智也", "トモヤ", "tomoya"), ("雄一", "ユウイチ", "yuichi"),
    ("康介", "コウスケ", "kosuke"), ("太一", "タイチ", "taichi"),
]
JP_GIVEN_F = [
    ("花子", "ハナコ", "hanako"), ("美咲", "ミサキ", "misaki"), ("陽子", "ヨウコ", "yoko"),
    ("由美", "ユミ", "yumi"), ("恵子", "ケイコ", "keiko"), ("裕子", "ユウコ", "yuko"),
    ("愛", "アイ", "ai"), ("さくら", "サクラ", "sakura"), ("陽菜", "ヒナ", "hina"),
    ("結衣", "ユイ", "yui"), ("明美", "アケミ", "akemi"), ("智子", "トモコ", "tomoko"),
    ("真由美", "マユミ", "mayumi"), ("舞", "マイ", "mai"), ("久美子", "クミコ", "kumiko"),
    ("直美", "ナオミ", "naomi"), ("幸子", "サチコ", "sachiko"), ("香織", "カオリ", "kaori"),
    ("美穂", "ミホ", "miho"), ("彩", "アヤ", "aya"), ("千尋", "チヒロ", "chihiro"),
    ("優子", "ユウコ", "yuko"), ("麻衣", "マイ", "mai"), ("奈々", "ナナ", "nana"), ("恵", "メグミ", "megumi"),
]

CN_FAMILY = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
    ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("欧阳", "Ouyang"),
]
CN_GIVEN_M = [
    ("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"),
    ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("平", "Ping"), ("刚", "Gang"),
    ("建华", "Jianhua"), ("志强", "Zhiqiang"), ("晓明", "Xiaoming"), ("鹏", "Peng"), ("辉", "Hui"),
    ("建国", "Jianguo"), ("浩然", "Haoran"), ("宇轩", "Yuxuan"), ("俊杰", "Junjie"), ("文博", "Wenbo"),
]
CN_GIVEN_F = [
    ("芳", "Fang"), ("秀英", "Xiuying"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
    ("艳", "Yan"), ("娟", "Juan"), ("秀兰", "Xiulan"), ("霞", "Xia"), ("桂英", "Guiying"),
    ("海燕", "Haiyan"), ("丹", "Dan"), ("婷", "Ting"), ("雪", "Xue"), ("子涵", "Zihan"),
    ("欣怡", "Xinyi"), ("佳琪", "Jiaqi"), ("玉兰", "Yulan"), ("红梅", "Hongmei"),
]

# (male family name, Latin reading); the female form adds -а / -a.
RU_FAMILY = [
    ("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov"),
    ("Васильев", "Vasilyev"), ("Петров", "Petrov"), ("Соколов", "Sokolov"), ("Михайлов", "Mikhailov"),
    ("Новиков", "Novikov"), ("Фёдоров", "Fyodorov"), ("Морозов", "Morozov"), ("Волков", "Volkov"),
    ("Алексеев", "Alekseyev"), ("Лебедев", "Lebedev"), ("Семёнов", "Semyonov"), ("Егоров", "Yegorov"),
    ("Павлов", "Pavlov"), ("Козлов", "Kozlov"), ("Степанов", "Stepanov"), ("Николаев", "Nikolayev"),
    ("Орлов", "Orlov"), ("Андреев", "Andreyev"), ("Макаров", "Makarov"), ("Никитин", "Nikitin"),
    ("Захаров", "Zakharov"), ("Зайцев", "Zaitsev"), ("Соловьёв", "Solovyov"), ("Борисов", "Borisov"),
    ("Яковлев", "Yakovlev"), ("Григорьев", "Grigoryev"), ("Романов", "Romanov"), ("Воробьёв", "Vorobyov"),
    ("Сергеев", "Sergeyev"), ("Кузьмин", "Kuzmin"), ("Фролов", "Frolov"), ("Александров", "Aleksandrov"),
    ("Дмитриев", "Dmitriyev"), ("Королёв", "Korolyov"), ("Гусев", "Gusev"), ("Киселёв", "Kiselyov"),
    ("Ильин", "Ilyin"), ("Максимов", "Maksimov"), ("Поляков", "Polyakov"), ("Сорокин", "Sorokin"),
    ("Виноградов", "Vinogradov"), ("Ковалёв", "Kovalyov"), ("Белов", "Belov"), ("Медведев", "Medvedev"),
    ("Антонов", "Antonov"), ("Тарасов", "Tarasov"), ("Иваненко", "Ivanenko"), ("Шевченко", "Shevchenko"),
]
# (name, Latin, patronymic stem: + "ич" for a son, + "на" for a daughter)
RU_GIVEN_M = [
    ("Александр", "Aleksandr", "Александров"), ("Сергей", "Sergei", "Сергеев"),
    ("Дмитрий", "Dmitry", "Дмитриев"), ("Андрей", "Andrei", "Андреев"), ("Алексей", "Aleksei", "Алексеев"),
    ("Максим", "Maksim", "Максимов"), ("Иван", "Ivan", "Иванов"), ("Михаил", "Mikhail", "Михайлов"),
    ("Николай", "Nikolai", "Николаев"), ("Владимир", "Vladimir", "Владимиров"), ("Пётр", "Pyotr", "Петров"),
    ("Евгений", "Yevgeny", "Евгеньев"), ("Артём", "Artyom", "Артёмов"), ("Игорь", "Igor", "Игорев"),
    ("Юрий", "Yuri", "Юрьев"), ("Олег", "Oleg", "Олегов"), ("Виктор", "Viktor", "Викторов"),
    ("Павел", "Pavel", "Павлов"), ("Роман", "Roman", "Романов"), ("Денис", "Denis", "Денисов"),
]
RU_GIVEN_F = [
    ("Елена", "Yelena"), ("Ольга", "Olga"), ("Наталья", "Natalya"), ("Татьяна", "Tatyana"),
    ("Ирина", "Irina"), ("Анна", "Anna"), ("Мария", "Maria"), ("Светлана", "Svetlana"),
    ("Екатерина", "Yekaterina"), ("Юлия", "Yulia"), ("Анастасия", "Anastasia"), ("Марина", "Marina"),
    ("Людмила", "Lyudmila"), ("Галина", "Galina"), ("Ксения", "Ksenia"), ("Дарья", "Darya"),
    ("Алёна", "Alyona"), ("Валентина", "Valentina"), ("Вера", "Vera"), ("Надежда", "Nadezhda"),
]

EN_FAMILY = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
    "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
    "Carter", "Roberts", "Müller", "Schmidt", "O'Brien", "Kowalski", "Dubois", "Rossi", "Smithson",
]
EN_GIVEN_M = [
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
    "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Kevin", "Brian",
]
EN_GIVEN_F = [
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Emily", "Emma", "Olivia", "Sophie", "Michelle", "Laura", "Amanda", "Anna",
]

# (prefecture, city/ward, towns, licence-plate office)
JP_PLACES = [
    ("東京都", "江東区", ["豊洲", "東雲", "亀戸", "大島"], "江東"),
    ("東京都", "世田谷区", ["桜新町", "三軒茶屋", "用賀", "成城"], "世田谷"),
    ("東京都", "港区", ["六本木", "芝浦", "白金", "高輪"], "品川"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "光が丘"], "練馬"),
    ("神奈川県", "横浜市港北区", ["日吉", "綱島西", "新横浜"], "横浜"),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子町", "木月"], "川崎"),
    ("埼玉県", "さいたま市浦和区", ["高砂", "岸町", "常盤"], "大宮"),
    ("千葉県", "船橋市", ["本町", "湊町", "前原西"], "習志野"),
    ("大阪府", "大阪市北区", ["梅田", "天満", "中津"], "なにわ"),
    ("愛知県", "名古屋市中区", ["栄", "丸の内", "大須"], "名古屋"),
    ("福岡県", "福岡市博多区", ["博多駅前", "祇園町", "住吉"], "福岡"),
    ("北海道", "札幌市中央区", ["大通西", "南一条西", "北三条西"], "札幌"),
    ("兵庫県", "神戸市中央区", ["三宮町", "元町通", "港島"], "神戸"),
    ("京都府", "京都市左京区", ["下鴨", "北白川", "岡崎"], "京都"),
]
JP_BUILDINGS = ["ベイタワー", "パークハウス", "ライオンズ", "グランドメゾン", "プラウド", "シティハウス", "ブリリア"]
KANJI_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

# (city, region, streets, plate region codes)
RU_PLACES = [
    ("Москва", "Москва", ["ул. Тверская", "Ленинский пр-т", "ул. Арбат", "Профсоюзная ул.", "ул. Садовая"],
     ["77", "97", "99", "177", "197", "777"]),
    ("Санкт-Петербург", "Санкт-Петербург", ["Невский пр-т", "ул. Савушкина", "Московский пр-т"], ["78", "98", "178"]),
    ("Новосибирск", "Новосибирская область", ["Красный пр-т", "ул. Ленина", "ул. Гоголя"], ["54", "154"]),
    ("Екатеринбург", "Свердловская область", ["ул. Малышева", "пр-т Ленина", "ул. Мира"], ["66", "96", "196"]),
    ("Казань", "Республика Татарстан", ["ул. Баумана", "пр-т Победы", "ул. Гагарина"], ["16", "116"]),
    ("Нижний Новгород", "Нижегородская область", ["ул. Большая Покровская", "ул. Родионова"], ["52", "152"]),
    ("Краснодар", "Краснодарский край", ["ул. Красная", "ул. Северная", "ул. Садовая"], ["23", "93", "123"]),
    ("Химки", "Московская область", ["ул. Лавочкина", "Юбилейный пр-т"], ["50", "90", "150", "750"]),
]
RU_PLATE_LETTERS = "АВЕКМНОРСТУХ"

# (province or municipality, city, district, district code for ID numbers, plate prefix)
CN_PLACES = [
    ("山西省", "太原市", "小店区", "140105", "晋A"), ("山西省", "太原市", "迎泽区", "140106", "晋A"),
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("上海市", "", "浦东新区", "310115", "沪"), ("广东省", "广州市", "天河区", "440106", "粤A"),
    ("广东省", "深圳市", "南山区", "440305", "粤B"), ("浙江省", "杭州市", "西湖区", "330106", "浙A"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏A"), ("四川省", "成都市", "武侯区", "510107", "川A"),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂A"),
]
CN_ROADS = ["长治路", "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "学府街", "滨河东路", "科技路"]
CN_COMPOUNDS = ["阳光花园", "金色家园", "锦绣江南", "碧桂园", "万科城", "翠湖小区", "御景湾"]

# (city, state, ZIP prefix, area codes)
US_PLACES = [
    ("Springfield", "IL", "627", ["217"]), ("Austin", "TX", "787", ["512", "737"]),
    ("Portland", "OR", "972", ["503", "971"]), ("Denver", "CO", "802", ["303", "720"]),
    ("Columbus", "OH", "432", ["614"]), ("San Jose", "CA", "951", ["408", "669"]),
    ("Seattle", "WA", "981", ["206"]), ("Boston", "MA", "021", ["617", "857"]),
    ("Phoenix", "AZ", "850", ["602", "480"]), ("Atlanta", "GA", "303", ["404", "678"]),
]
US_STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd", "Park Ave",
              "Lake Rd", "Sunset Blvd", "Pine St", "Hillcrest Dr", "Lincoln Way"]

# Vehicles: (make, model, VIN world manufacturer identifier or None for a Japanese
# chassis number, chassis model code); weights come from list order.
JP_CARS = [
    ("トヨタ", "プリウス", None, "ZVW30"), ("トヨタ", "アクア", None, "NHP10"), ("トヨタ", "ヴォクシー", None, "ZRR80W"),
    ("トヨタ", "アルファード", None, "AGH30W"), ("ホンダ", "N-BOX", None, "JF3"), ("ホンダ", "フィット", None, "GR3"),
    ("ホンダ", "ヴェゼル", None, "RV5"), ("日産", "ノート", None, "E13"), ("日産", "セレナ", None, "GFC27"),
    ("日産", "リーフ", None, "ZE1"), ("マツダ", "CX-5", None, "KF2P"), ("スズキ", "ジムニー", None, "JB64W"),
    ("スズキ", "ハスラー", None, "MR92S"), ("スバル", "フォレスター", None, "SK9"), ("Toyota", "Prius", None, "ZVW51"),
    ("BMW", "320i", "WBA", ""), ("Mercedes-Benz", "C200", "WDD", ""),
]
RU_CARS = [
    ("Lada", "Vesta", "XTA", ""), ("Lada", "Granta", "XTA", ""), ("Lada", "Niva Travel", "X9L", ""),
    ("Kia", "Rio", "Z94", ""), ("Hyundai", "Solaris", "Z94", ""), ("Hyundai", "Creta", "Z94", ""),
    ("Volkswagen", "Polo", "XW8", ""), ("Škoda", "Octavia", "TMB", ""), ("Toyota", "Camry", "XW7", ""),
    ("Toyota", "RAV4", "JTM", ""), ("Haval", "Jolion", "XZG", ""), ("Chery", "Tiggo 7 Pro", "LVV", ""),
    ("Geely", "Coolray", "Y4K", ""),
]
CN_CARS = [
    ("比亚迪", "秦PLUS", "LGX", ""), ("比亚迪", "汉", "LC0", ""), ("比亚迪", "宋PLUS", "LGX", ""),
    ("吉利", "星越L", "L6T", ""), ("吉利", "博越", "L6T", ""), ("长安", "CS75 PLUS", "LS5", ""),
    ("大众", "朗逸", "LSV", ""), ("大众", "帕萨特", "LSV", ""), ("丰田", "凯美瑞", "LVG", ""),
    ("丰田", "卡罗拉", "LFM", ""), ("本田", "雅阁", "LHG", ""), ("本田", "思域", "LVH", ""),
    ("特斯拉", "Model Y", "LRW", ""), ("五菱", "宏光MINIEV", "LZW", ""),
]
US_CARS = [
    ("Ford", "F-150", "1FT", ""), ("Toyota", "Camry", "4T1", ""), ("Toyota", "RAV4", "2T3", ""),
    ("Honda", "Civic", "2HG", ""), ("Honda", "CR-V", "5J6", ""), ("Chevrolet", "Silverado", "1GC", ""),
    ("Chevrolet", "Equinox", "2GN", ""), ("Tesla", "Model Y", "7SA", ""), ("Jeep", "Wrangler", "1C4", ""),
    ("Nissan", "Rogue", "5N1", ""), ("Hyundai", "Tucson", "KM8", ""), ("Subaru", "Outback", "4S4", ""),
]
JP_PLATE_KANA = "さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろ"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 = A … 2030 = Y, then 1… (simplified cycle)

JP_EMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "softbank.ne.jp"]
RU_EMAIL = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru"]
CN_EMAIL = ["163.com", "126.com", "sina.com", "foxmail.com"]
EN_EMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"]

JP_EMPLOYERS = ["株式会社{}商事", "{}物流株式会社", "{}電機株式会社", "医療法人{}会", "{}建設株式会社", "株式会社{}フーズ"]
JP_POSITIONS = ["課長", "係長", "主任", "部長", "会社員", "看護師", "技術職", "営業", "店長", "公務員"]
RU_EMPLOYERS = ["ООО «{}»", "АО «{}»", "ПАО «{}»", "ИП {}"]
RU_COMPANY_WORDS = ["Вектор", "Альфа", "Стройинвест", "Техносфера", "Северсталь", "Меридиан", "Горизонт"]
RU_POSITIONS = ["инженер", "менеджер", "бухгалтер", "водитель", "врач", "программист", "начальник отдела"]
CN_EMPLOYERS = ["{}科技有限公司", "{}贸易有限公司", "{}建设集团", "{}市第一人民医院", "{}银行"]
CN_POSITIONS = ["工程师", "经理", "会计", "教师", "医生", "销售主管", "公务员"]
EN_EMPLOYERS = ["{} Logistics Inc.", "{} Health", "{} & Sons LLC", "City of {}", "{} Motors"]
EN_POSITIONS = ["Engineer", "Nurse", "Manager", "Teacher", "Technician", "Analyst", "Driver", "Sales Associate"]


# ---------------------------------------------------------------------------
# Lenders: a few dozen, by country and by what they lend on
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class LenderSpec:
    name: str
    kind: LenderKind
    country: str
    lends_on: str  # "vehicle", "property" or "any"
    phone: str
    method: str
    documents: tuple[str, ...]
    release_days: int


LENDER_SPECS = [
    LenderSpec("東都銀行", LenderKind.BANK, "JP", "property", "03-3201-0000", "FAX（残高証明依頼書）",
               ("抵当権解除証書", "登記識別情報", "委任状"), 14),
    LenderSpec("みなと信託銀行", LenderKind.BANK, "JP", "property", "03-5200-1234", "窓口", ("抵当権解除証書", "委任状"), 10),
    LenderSpec("関東中央信用金庫", LenderKind.COOPERATIVE, "JP", "any", "048-822-0001", "窓口・電話",
               ("抵当権解除証書",), 7),
    LenderSpec("さくら住宅ローン株式会社", LenderKind.FINANCE_COMPANY, "JP", "property", "0120-222-333",
               "Web申込", ("抵当権解除証書", "登記識別情報"), 21),
    LenderSpec("東都信用保証株式会社", LenderKind.GUARANTOR_COMPANY, "JP", "property", "03-3201-1111", "電話・郵送", (), 30),
    LenderSpec("大阪あおば銀行", LenderKind.BANK, "JP", "any", "06-6100-2000", "FAX", ("抵当権解除証書",), 14),
    LenderSpec("みらいオートクレジット株式会社", LenderKind.FINANCE_COMPANY, "JP", "vehicle", "0120-000-111",
               "電話で残債照会 → 残高証明書FAX", ("譲渡証明書", "委任状", "印鑑証明書"), 10),
    LenderSpec("アーバン・モーターファイナンス", LenderKind.FINANCE_COMPANY, "JP", "vehicle", "0570-010-020",
               "ディーラー経由", ("譲渡証明書", "委任状"), 14),
    LenderSpec("トヨタファイナンス", LenderKind.FINANCE_COMPANY, "JP", "vehicle", "0120-00-0000", "fax",
               ("譲渡証明書", "委任状", "印鑑証明書"), 10),
    LenderSpec("ホンダ オートローン", LenderKind.DEALER, "JP", "vehicle", "0120-12-3456", "電話", ("譲渡証明書",), 7),
    LenderSpec("オリエント信販", LenderKind.FINANCE_COMPANY, "JP", "vehicle", "0570-00-8888", "Web", ("譲渡証明書", "委任状"), 10),
    LenderSpec("АО «Банк Столица»", LenderKind.BANK, "RU", "any", "+7 495 000-00-00",
               "Заявление о досрочном погашении в отделении", ("Письмо о погашении кредита", "Оригинал ПТС"), 5),
    LenderSpec("ПАО «Волга Кредит»", LenderKind.BANK, "RU", "vehicle", "+7 831 200-10-10", "Мобильное приложение",
               ("Справка о закрытии кредита", "Оригинал ПТС"), 3),
    LenderSpec("АО «Северный ипотечный банк»", LenderKind.BANK, "RU", "property", "+7 812 300-20-20",
               "Заявление в отделении", ("Закладная", "Справка о погашении"), 30),
    LenderSpec("ООО «Автокредит Плюс»", LenderKind.FINANCE_COMPANY, "RU", "vehicle", "8 800 100-20-30",
               "Звонок в контакт-центр", ("Справка о закрытии кредита",), 5),
    LenderSpec("АО «Уральский народный банк»", LenderKind.BANK, "RU", "any", "+7 343 310-00-00", "Отделение",
               ("Справка о погашении",), 7),
    LenderSpec("ПАО «Кубань Инвест»", LenderKind.BANK, "RU", "property", "+7 861 255-55-55", "Отделение",
               ("Закладная",), 30),
    LenderSpec("太原市住房公积金管理中心", LenderKind.PROVIDENT_FUND, "CN", "property", "0351-12329",
               "柜台办理提前还款", ("公积金贷款结清证明", "他项权证"), 15),
    LenderSpec("北京住房公积金管理中心", LenderKind.PROVIDENT_FUND, "CN", "property", "010-12329", "柜台",
               ("贷款结清证明",), 15),
    LenderSpec("华北建设银行", LenderKind.BANK, "CN", "property", "95533", "网点预约", ("贷款结清证明", "抵押注销材料"), 10),
    LenderSpec("东方商业银行", LenderKind.BANK, "CN", "any", "95588", "手机银行", ("贷款结清证明",), 7),
    LenderSpec("上汽通用汽车金融", LenderKind.FINANCE_COMPANY, "CN", "vehicle", "400-820-1880", "APP申请",
               ("解押材料", "结清证明"), 5),
    LenderSpec("比亚迪汽车金融", LenderKind.FINANCE_COMPANY, "CN", "vehicle", "400-830-3311", "APP申请",
               ("解押材料",), 5),
    LenderSpec("南粤农村商业银行", LenderKind.COOPERATIVE, "CN", "any", "96138", "网点", ("贷款结清证明",), 10),
    LenderSpec("First Harbor Bank", LenderKind.BANK, "US", "property", "+1 (800) 555-0100", "Online payoff request",
               ("Lien release", "Satisfaction of mortgage"), 30),
    LenderSpec("Pioneer Credit Union", LenderKind.COOPERATIVE, "US", "any", "+1 (503) 555-0142", "Phone",
               ("Lien release",), 10),
    LenderSpec("Summit Auto Finance", LenderKind.FINANCE_COMPANY, "US", "vehicle", "+1 (877) 555-0199",
               "Dealer portal", ("Title release",), 10),
    LenderSpec("Lakeside Mortgage Co.", LenderKind.FINANCE_COMPANY, "US", "property", "+1 (888) 555-0123",
               "Fax", ("Reconveyance",), 30),
    LenderSpec("Metro Motors Credit", LenderKind.DEALER, "US", "vehicle", "+1 (214) 555-0177", "Dealer portal",
               ("Title release",), 7),
    LenderSpec("Evergreen National Bank", LenderKind.BANK, "US", "any", "+1 (206) 555-0150", "Branch",
               ("Lien release",), 14),
    LenderSpec("Rhein Auto Bank", LenderKind.BANK, "US", "vehicle", "+1 (312) 555-0188", "Online",
               ("Title release",), 10),
    LenderSpec("Greenway Home Loans", LenderKind.FINANCE_COMPANY, "US", "property", "+1 (602) 555-0164", "Online",
               ("Satisfaction of mortgage",), 21),
]


# ---------------------------------------------------------------------------
# Deterministic ids: UUIDv7 text, as desktop.store.ids.new_id makes them, but
# with the time and random bits from the seeded generator.
# ---------------------------------------------------------------------------

def uuid7(rng: random.Random, at: datetime, sub: int) -> str:
    unix_ms = int(at.timestamp() * 1000)
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | (sub & 0xFFF) << 64
    value |= 0b10 << 62 | rng.getrandbits(62)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _weights(n: int, skew: float = 0.75) -> list[float]:
    """Cumulative Zipf-like weights: the first entries of a pool are the most common."""
    total, cum = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank ** skew
        cum.append(total)
    return cum


class Pick:
    """Weighted choice from a pool, fast enough for millions of draws."""

    def __init__(self, items: Sequence[Any], skew: float = 0.75):
        self.items = list(items)
        self.cum = _weights(len(self.items), skew)

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10 ** n):0{n}d}"


def vin(rng: random.Random, wmi: str, year: int) -> str:
    chars = list(wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
                 + VIN_YEARS[(year - 2010) % len(VIN_YEARS)] + rng.choice(VIN_CHARS) + digits(rng, 6))
    check = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS)) % 11
    chars[8] = "X" if check == 10 else str(check)
    return "".join(chars)


def cn_id_number(rng: random.Random, district: str, born: date, sex: Sex) -> str:
    seq = rng.randrange(100) * 10 + rng.randrange(5) * 2 + (1 if sex is Sex.MALE else 0)
    body = f"{district}{born:%Y%m%d}{seq:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def add_months(day: date, months: int, due_day: int | None = None) -> date:
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    d = due_day or day.day
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month0]
    return date(year, month0 + 1, min(d, last))


# ---------------------------------------------------------------------------
# Catching the repositories' writes
# ---------------------------------------------------------------------------

def _plain(value: Any) -> bool:
    return value is None or type(value) in (str, int, float)


# Parents before children: each table's rows of a batch are inserted together,
# so every row a foreign key points at is in before the rows that point at it.
TABLE_ORDER = ("customers", "obligations", "assets", "loans", "payments", "search_entries", "search_keys")


def _table_of(sql: str) -> str:
    return sql.split()[2].strip("[]\"")


class _Capture:
    """The writes of one batch, grouped by statement: all the rows of one
    table (and column list) go in together with executemany."""

    def __init__(self, next_rowids: dict[str, int]):
        self.groups: dict[str, list[tuple]] = {}
        self.next_rowids = next_rowids  # table -> rowid SQLite will give its next row

    def add(self, sql: str, params: Sequence[Any]) -> None:
        self.groups.setdefault(sql, []).append(tuple(params))


class _Cursor:
    def __init__(self, lastrowid: int | None):
        self.lastrowid = lastrowid


class _RecordingConnection:
    """Stands in for the sqlite3 connection inside ``search.index_record``."""

    def __init__(self, capture: _Capture):
        self._capture = capture

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        words = sql.split()
        verb = words[0].upper()
        if verb == "DELETE":
            # index_record first removes an earlier entry of the record; every
            # record here is new and the file is fresh, so there is none.
            return _Cursor(None)
        if verb != "INSERT":
            raise AssertionError(f"the bulk load does not replay {sql!r}")
        table = _table_of(sql)
        # SQLite gives a rowid table's next row max(rowid) + 1; the batch is
        # replayed in this order into a table only this load writes, so the
        # ids handed out here are the ones the rows get (checked after each batch).
        rowid = self._capture.next_rowids.get(table, 1)
        self._capture.next_rowids[table] = rowid + 1
        self._capture.add(sql, params)
        return _Cursor(rowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> _Cursor:
        if sql.split()[0].upper() != "INSERT":
            raise AssertionError(f"the bulk load does not replay {sql!r}")
        for params in seq:
            self._capture.add(sql, params)
        return _Cursor(None)


class _RecordingTable:
    """Stands in for a sqlite-utils Table: ``insert`` and ``insert_all`` only."""

    def __init__(self, capture: _Capture, name: str):
        self._capture = capture
        self._name = name

    def insert(self, record: dict[str, Any], **options: Any) -> "_RecordingTable":
        if options:
            raise AssertionError(f"the bulk load does not replay insert options {options}")
        for value in record.values():
            if not _plain(value):  # sqlite-utils would have converted it: not expected here
                raise TypeError(f"unexpected {type(value).__name__} value in a {self._name} row")
        columns = ", ".join(f"[{c}]" for c in record)
        sql = f"INSERT INTO [{self._name}] ({columns}) VALUES ({', '.join('?' * len(record))})"
        self._capture.add(sql, tuple(record.values()))
        return self

    def insert_all(self, records: Iterable[dict[str, Any]], **options: Any) -> "_RecordingTable":
        for record in records:
            self.insert(record, **options)
        return self


class _RecordingSqliteUtils:
    def __init__(self, capture: _Capture):
        self._capture = capture

    def __getitem__(self, table: str) -> _RecordingTable:
        return _RecordingTable(self._capture, table)


class _RecordingDatabase:
    """What the repositories take from ``desktop.store.db.Database``: ``.db`` and ``.conn``."""

    def __init__(self, capture: _Capture):
        self.db = _RecordingSqliteUtils(capture)
        self.conn = _RecordingConnection(capture)


# ---------------------------------------------------------------------------
# Making the records
# ---------------------------------------------------------------------------

CULTURE_WEIGHTS = [0.40, 0.25, 0.20, 0.15]


class Maker:
    """Makes customers with their assets, loans and payments, in order, from one seed."""

    def __init__(self, seed: int, total: int, lenders: list[tuple[str, LenderSpec]]):
        self.rng = random.Random(seed)
        self.total = total
        self.span = (LAST_INTAKE - FIRST_INTAKE).total_seconds()
        self.lenders: dict[tuple[str, str], list[str]] = {}
        for lender_id, spec in lenders:
            kinds = ("vehicle", "property") if spec.lends_on == "any" else (spec.lends_on,)
            for kind in kinds:
                self.lenders.setdefault((spec.country, kind), []).append(lender_id)
        self.lender_pick = {key: Pick(ids, skew=0.6) for key, ids in self.lenders.items()}
        self.next_rowids: dict[str, int] = {}
        self.jp_family, self.jp_m, self.jp_f = Pick(JP_FAMILY, 0.7), Pick(JP_GIVEN_M, 0.5), Pick(JP_GIVEN_F, 0.5)
        self.cn_family, self.cn_m, self.cn_f = Pick(CN_FAMILY, 1.0), Pick(CN_GIVEN_M, 0.5), Pick(CN_GIVEN_F, 0.5)
        self.ru_family, self.ru_m, self.ru_f = Pick(RU_FAMILY, 0.7), Pick(RU_GIVEN_M, 0.6), Pick(RU_GIVEN_F, 0.6)
        self.en_family, self.en_m, self.en_f = Pick(EN_FAMILY, 0.8), Pick(EN_GIVEN_M, 0.5), Pick(EN_GIVEN_F, 0.5)
        self.cars = {"JP": Pick(JP_CARS, 0.6), "RU": Pick(RU_CARS, 0.6), "CN": Pick(CN_CARS, 0.6),
                     "EN": Pick(US_CARS, 0.6)}

    # -- one batch ---------------------------------------------------------

    def batch(self, first: int, count: int) -> list[tuple[str, list[tuple]]]:
        capture = _Capture(self.next_rowids)
        target = _RecordingDatabase(capture)
        customers = CustomerRepository(target)
        assets = AssetRepository(target)
        loans = LoanRepository(target)
        for index in range(first, first + count):
            self._one(index, customers, assets, loans)
        return sorted(capture.groups.items(), key=lambda group: TABLE_ORDER.index(_table_of(group[0])))

    def _one(self, index: int, customers: CustomerRepository, assets: AssetRepository,
             loans: LoanRepository) -> None:
        rng = self.rng
        at = FIRST_INTAKE + timedelta(seconds=self.span * (index + rng.random()) / self.total)
        culture = rng.choices(("JP", "CN", "RU", "EN"), CULTURE_WEIGHTS)[0]
        customer = self._customer(culture, uuid7(rng, at, 0), at)
        customers.add(customer, at=at)

        # About one asset each: most own a car or a home, a few both, a few neither.
        roll = rng.random()
        kinds = (["vehicle"] if roll < 0.57 else ["property"] if roll < 0.90
                 else ["vehicle", "property"] if roll < 0.95 else [])
        financed = False
        for n, kind in enumerate(kinds, start=1):
            asset = (self._vehicle if kind == "vehicle" else self._property)(
                culture, uuid7(rng, at, n), customer.id, at.date())
            assets.add(asset)
            if rng.random() < 0.92:
                financed = True
                self._loan(culture, kind, customer, asset.id, at, n + 2, loans)
        if not financed and rng.random() < 0.6:
            self._loan(culture, rng.choice(("vehicle", "property")), customer, None, at, 5, loans)

    # -- customers -----------------------------------------------------------

    def _customer(self, culture: str, cid: str, at: datetime) -> Customer:
        rng = self.rng
        sex = Sex.MALE if rng.random() < 0.52 else Sex.FEMALE
        born = at.date() - timedelta(days=365 * 18 + 5 + rng.randrange(365 * 60))  # 18 to 78 at intake
        issued = at.date() - timedelta(days=rng.randrange(3650))
        employed = at.date() - timedelta(days=rng.randrange(30, 9000))
        obligations: tuple[Obligation, ...] = ()
        if culture == "JP":
            fam, fam_kana, fam_ro = self.jp_family(rng)
            giv, giv_kana, giv_ro = (self.jp_m if sex is Sex.MALE else self.jp_f)(rng)
            reading = f"{fam_kana} {giv_kana}"
            pref, city, towns, _ = rng.choice(JP_PLACES)
            address = f"{pref}{city}{rng.choice(towns)}{rng.choice(KANJI_NUMBERS[:5])}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            phone = (f"{rng.choice(('090', '080', '070'))}-{digits(rng, 4)}-{digits(rng, 4)}" if rng.random() < 0.85
                     else f"{rng.choice(('03', '06', '045', '052'))}-{digits(rng, 4)}-{digits(rng, 4)}")
            doc_kind = rng.choices((IdDocumentKind.DRIVING_LICENCE, IdDocumentKind.MY_NUMBER_CARD,
                                    IdDocumentKind.PASSPORT), (0.6, 0.3, 0.1))[0]
            doc = (f"T{rng.choice('KRSZ')}{digits(rng, 7)}" if doc_kind is IdDocumentKind.PASSPORT
                   else f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}" if rng.random() < 0.5
                   else digits(rng, 12))
            email = (f"{giv_ro}.{fam_ro}{rng.randint(1, 999)}@{rng.choice(JP_EMAIL)}" if rng.random() < 0.7 else "")
            region, citizenship, language, currency = pref, "JP", "ja", "JPY"
            employer = rng.choice(JP_EMPLOYERS).format(rng.choice(JP_FAMILY)[0])
            position = rng.choice(JP_POSITIONS)
            income = rng.randrange(180, 900) * 1000
        elif culture == "CN":
            fam, fam_py = self.cn_family(rng)
            giv, giv_py = (self.cn_m if sex is Sex.MALE else self.cn_f)(rng)
            reading = f"{fam_py} {giv_py}"
            prov, city, district, code, _ = rng.choice(CN_PLACES)
            address = (f"{prov}{city}{district}{rng.choice(CN_ROADS)}{rng.randint(1, 399)}号"
                       f"{rng.choice(CN_COMPOUNDS)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室")
            phone = f"1{rng.choice('3456789')}{rng.randrange(10)} {digits(rng, 4)} {digits(rng, 4)}"
            doc_kind = IdDocumentKind.RESIDENT_ID_CARD
            doc = cn_id_number(rng, code, born, sex)
            email = (f"{rng.randrange(10 ** 5, 10 ** 10)}@qq.com" if rng.random() < 0.5
                     else f"{fam_py.lower()}{giv_py.lower()}{rng.randint(1, 99)}@{rng.choice(CN_EMAIL)}") \
                if rng.random() < 0.6 else ""
            region, citizenship, language, currency = prov, "CN", "zh", "CNY"
            employer = rng.choice(CN_EMPLOYERS).format(city[:-1] or prov[:-1])
            position = rng.choice(CN_POSITIONS)
            income = rng.randrange(4000, 40000) * 100
        elif culture == "RU":
            fam_m, fam_lat = self.ru_family(rng)
            father = self.ru_m(rng)[2]
            if sex is Sex.MALE:
                name, name_lat, _ = self.ru_m(rng)
                fam, patronymic = fam_m, father + "ич"
            else:
                name, name_lat = self.ru_f(rng)
                fam = fam_m if fam_m.endswith("ко") else fam_m + "а"
                fam_lat = fam_lat if fam_lat.endswith("ko") else fam_lat + "a"
                patronymic = father + "на"
            giv = f"{name} {patronymic}"
            reading = f"{fam_lat} {name_lat}"
            city, region, streets, _ = rng.choice(RU_PLACES)
            address = f"г. {city}, {rng.choice(streets)}, д. {rng.randint(1, 150)}, кв. {rng.randint(1, 400)}"
            phone = f"+7 ({rng.choice(('9', '9', '4'))}{digits(rng, 2)}) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"
            doc_kind = IdDocumentKind.PASSPORT
            doc = f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 6)}"
            email = (f"{fam_lat.lower()}.{name_lat[0].lower()}{rng.randint(1, 99)}@{rng.choice(RU_EMAIL)}"
                     if rng.random() < 0.75 else "")
            citizenship, language, currency = "RU", "ru", "RUB"
            employer = rng.choice(RU_EMPLOYERS).format(rng.choice(RU_COMPANY_WORDS))
            position = rng.choice(RU_POSITIONS)
            income = rng.randrange(40, 400) * 1000 * 100
        else:
            fam = self.en_family(rng)
            giv = (self.en_m if sex is Sex.MALE else self.en_f)(rng)
            reading = ""
            city, state, zip3, areas = rng.choice(US_PLACES)
            address = f"{rng.randint(10, 9999)} {rng.choice(US_STREETS)}, {city}, {state} {zip3}{digits(rng, 2)}"
            phone = f"+1 ({rng.choice(areas)}) {rng.randint(200, 999)}-{digits(rng, 4)}"
            doc_kind = rng.choices((IdDocumentKind.DRIVING_LICENCE, IdDocumentKind.PASSPORT), (0.7, 0.3))[0]
            doc = (f"{rng.choice('ABCDEFGHJKLMNPRSTWY')}{digits(rng, 7)}" if doc_kind is IdDocumentKind.DRIVING_LICENCE
                   else digits(rng, 9))
            local = fam.lower().replace("'", "").replace("ü", "ue")
            email = (f"{giv[0].lower()}{local}{rng.randint(1, 99)}@{rng.choice(EN_EMAIL)}"
                     if rng.random() < 0.85 else "")
            region, citizenship, language, currency = state, "US", "en", "USD"
            employer = rng.choice(EN_EMPLOYERS).format(city if rng.random() < 0.5 else fam)
            position = rng.choice(EN_POSITIONS)
            income = rng.randrange(2500, 15000) * 100
        if rng.random() < 0.25:
            count = 1 if rng.random() < 0.7 else 2
            obligations = tuple(
                Obligation(ObligationKind.OVERDRAFT, "Card", credit_limit=Money(income * 3, currency))
                if rng.random() < 0.4 else
                Obligation(ObligationKind.LOAN, "Consumer loan", monthly_payment=Money(income // 10, currency),
                           at_this_bank=rng.random() < 0.2)
                for _ in range(count))
        return Customer(
            id=cid, family_name=fam, given_name=giv, birth_date=born, name_reading=reading, sex=sex,
            citizenship=citizenship, language=language, id_document_kind=doc_kind, id_document_number=doc,
            id_document_issued_on=issued, phone=phone, email=email, address=address, region=region,
            employer=employer, position=position, employed_since=employed,
            total_employment_months=rng.randrange(6, 480),
            net_monthly_income=Money(income, currency), obligations=obligations,
            consent_given_on=at.date(), consent_purpose="credit application",
        )

    # -- assets --------------------------------------------------------------

    def _vehicle(self, culture: str, aid: str, owner_id: str, day: date) -> Vehicle:
        rng = self.rng
        make, model, wmi, chassis = self.cars[culture](rng)
        year = max(2005, day.year - rng.randrange(12))
        number = vin(rng, wmi, year) if wmi else f"{chassis}-{digits(rng, 7)}"
        if culture == "JP":
            office = rng.choice(JP_PLACES)[3]
            plate = (f"{office} {rng.choice(('300', '330', '500', '530', '580'))} "
                     f"{rng.choice(JP_PLATE_KANA)} {rng.randint(10, 99)}-{digits(rng, 2)}")
        elif culture == "RU":
            letters = RU_PLATE_LETTERS
            plate = (f"{rng.choice(letters)}{digits(rng, 3)}{rng.choice(letters)}{rng.choice(letters)}"
                     f"{rng.choice(rng.choice(RU_PLACES)[3])}")
        elif culture == "CN":
            prefix = rng.choice(CN_PLACES)[4]
            prefix = prefix if len(prefix) == 2 else prefix + rng.choice("ABCE")
            tail = (rng.choice("DF") + digits(rng, 5)) if rng.random() < 0.3 else \
                "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
            plate = f"{prefix}·{tail}"
        else:
            plate = f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(rng, 3)}"
        return Vehicle(
            id=aid, owner_id=owner_id, vin=number, plate=plate, make=make, model=model, year=year,
            mileage_km=rng.randrange(0, 200_000, 100), owner_of_record="",
            first_registered_on=date(year, rng.randint(1, 12), rng.randint(1, 28)),
        )

    def _property(self, culture: str, aid: str, owner_id: str, day: date) -> Property:
        rng = self.rng
        kind = rng.choices((PropertyKind.CONDOMINIUM, PropertyKind.HOUSE, PropertyKind.LAND), (0.6, 0.35, 0.05))[0]
        fee = reserve = None
        if culture == "JP":
            pref, city, towns, _ = rng.choice(JP_PLACES)
            address = f"{pref}{city}{rng.choice(towns)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            if kind is PropertyKind.CONDOMINIUM:
                address += f" {rng.choice(JP_BUILDINGS)}{rng.randint(1, 40)}{rng.randint(1, 20):02d}号"
                fee, reserve = Money(rng.randrange(80, 400) * 100, "JPY"), Money(rng.randrange(50, 300) * 100, "JPY")
        elif culture == "CN":
            prov, city, district, _, _ = rng.choice(CN_PLACES)
            address = f"{prov}{city}{district}{rng.choice(CN_ROADS)}{rng.randint(1, 399)}号{rng.choice(CN_COMPOUNDS)}"
            if kind is PropertyKind.CONDOMINIUM:
                address += f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室"
                fee = Money(rng.randrange(100, 800) * 100, "CNY")
        elif culture == "RU":
            city, _, streets, _ = rng.choice(RU_PLACES)
            address = f"г. {city}, {rng.choice(streets)}, д. {rng.randint(1, 150)}"
            if kind is PropertyKind.CONDOMINIUM:
                address += f", кв. {rng.randint(1, 400)}"
                fee = Money(rng.randrange(3000, 15000) * 100, "RUB")
        else:
            city, state, zip3, _ = rng.choice(US_PLACES)
            unit = f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}" if kind is PropertyKind.CONDOMINIUM else ""
            address = f"{rng.randint(10, 9999)} {rng.choice(US_STREETS)}{unit}, {city}, {state} {zip3}{digits(rng, 2)}"
            if kind is PropertyKind.CONDOMINIUM:
                fee = Money(rng.randrange(150, 900) * 100, "USD")
        area = None if kind is PropertyKind.LAND else Decimal(rng.randrange(2500, 20000)) / 100
        return Property(
            id=aid, owner_id=owner_id, address=address, property_kind=kind, floor_area_m2=area,
            land_parcels=rng.randint(0, 2) if kind is not PropertyKind.CONDOMINIUM else 1,
            buildings=0 if kind is PropertyKind.LAND else 1, management_fee=fee, repair_reserve=reserve,
        )

    # -- loans and payments ----------------------------------------------------

    def _loan(self, culture: str, kind: str, customer: Customer, asset_id: str | None, at: datetime,
              sub: int, loans: LoanRepository) -> None:
        rng = self.rng
        country = "US" if culture == "EN" else culture
        lender_id = self.lender_pick[(country, kind)](rng)
        currency = {"JP": "JPY", "CN": "CNY", "RU": "RUB", "EN": "USD"}[culture]
        unit = 10 ** MINOR_DIGITS[currency]
        method, day_count, residual, due_day = RepaymentMethod.EQUAL_INSTALLMENT, DayCount.MONTHLY, None, 27
        owner_of_record = False
        if kind == "vehicle":
            major = {"JP": (800_000, 6_000_000), "CN": (40_000, 350_000), "RU": (500_000, 5_000_000),
                     "EN": (12_000, 80_000)}[culture]
            rate = {"JP": (19, 89), "CN": (29, 89), "RU": (120, 290), "EN": (39, 149)}[culture]
            term = rng.choice((12, 24, 36, 48, 60, 72, 84))
            if culture == "JP":
                owner_of_record = rng.random() < 0.7
                if rng.random() < 0.3 and term >= 36:
                    method = RepaymentMethod.BALLOON
            if culture == "RU":
                day_count, due_day = DayCount.ACTUAL_365, rng.randint(1, 28)
        else:
            major = {"JP": (15_000_000, 65_000_000), "CN": (300_000, 2_500_000), "RU": (3_000_000, 25_000_000),
                     "EN": (150_000, 900_000)}[culture]
            rate = {"JP": (4, 18), "CN": (28, 49), "RU": (60, 190), "EN": (55, 79)}[culture]
            term = rng.choice({"JP": (240, 300, 360, 420), "CN": (120, 180, 240, 300, 360),
                               "RU": (120, 180, 240, 300, 360), "EN": (180, 360, 360)}[culture])
            if culture == "CN":
                due_day = 20
                if rng.random() < 0.4:
                    method = RepaymentMethod.EQUAL_PRINCIPAL
                if rng.random() < 0.02:
                    method, term = RepaymentMethod.BULLET, 12
            if culture == "RU":
                day_count, due_day = DayCount.ACTUAL_365, rng.randint(1, 28)
            if culture == "EN":
                due_day = 1
        principal_major = rng.randrange(major[0], major[1], max(1, major[0] // 100))
        principal = Money(principal_major * unit, currency)
        annual_rate = Decimal(rng.randint(*rate)) / 1000
        if method is RepaymentMethod.BALLOON:
            residual = Money(principal_major * rng.randint(30, 50) // 100 * unit, currency)
        elapsed = rng.randrange(0, min(term, 96))
        disbursed = add_months(at.date(), -elapsed - 1)
        disbursed = disbursed.replace(day=rng.randint(1, 28))
        penalty = {"JP": "0.146", "CN": "0.0", "RU": "0.2", "EN": "0.05"}[culture]
        status = rng.choices((LoanStatus.ACTIVE, LoanStatus.PAID_OFF, LoanStatus.CALLED, LoanStatus.SUBROGATED),
                             (0.95, 0.03, 0.01, 0.01))[0]
        terms = LoanTerms(
            principal=principal, annual_rate=annual_rate, term_months=term, method=method,
            disbursed_on=disbursed, due_day=due_day, day_count=day_count, residual=residual,
            penalty_rate=Decimal(penalty),
        )
        prefix = {"JP": "JL", "CN": "CN", "RU": "RU", "EN": "US"}[culture]
        account = f"{prefix}-{digits(rng, 4)}-{digits(rng, 7)}"
        loan = LoanAccount(
            id=uuid7(rng, at, sub), lender_id=lender_id, borrower_id=customer.id, account_number=account,
            terms=terms, asset_id=asset_id, status=status, lender_is_owner_of_record=owner_of_record,
        )
        loans.add(loan)
        # A few payments: the first installments, about their level amount
        # (a float estimate: the exact schedule is the code being measured).
        monthly = float(annual_rate) / 12
        n_pay = 1 if method is RepaymentMethod.BULLET else term
        base = principal.minor - (residual.minor / (1 + monthly) ** n_pay if residual else 0)
        level = base / n_pay if monthly == 0 else base * monthly / (1 - (1 + monthly) ** -n_pay)
        for k in range(1, min(rng.randint(1, 5), n_pay) + 1):
            months = term if method is RepaymentMethod.BULLET else k
            paid_on = add_months(disbursed, months, due_day) - timedelta(days=rng.choice((0, 0, 0, 1, 2, 5)))
            amount = max(1, int(level * rng.choice((1, 1, 1, 1, 0.98, 1.02))))
            loans.add_payment(uuid7(rng, at, sub * 16 + k), loan.id, PaymentMade(paid_on, Money(amount, currency)))


def make_lenders(seed: int) -> list[tuple[str, LenderSpec, Lender]]:
    rng = random.Random(seed ^ 0x5EED)
    out = []
    for i, spec in enumerate(LENDER_SPECS):
        lender_id = uuid7(rng, FIRST_INTAKE - timedelta(days=30) + timedelta(minutes=i), 0)
        out.append((lender_id, spec, Lender(
            id=lender_id, name=spec.name, kind=spec.kind, country=spec.country, phone=spec.phone,
            payoff_request_method=spec.method, release_documents=spec.documents,
            release_days=spec.release_days)))
    return out


# ---------------------------------------------------------------------------
# Producer (a second process) and writer (this one)
# ---------------------------------------------------------------------------

def _produce(queue, seed: int, total: int, per_batch: int, lenders) -> None:
    try:
        maker = Maker(seed, total, lenders)
        for first in range(0, total, per_batch):
            queue.put(("batch", first, maker.batch(first, min(per_batch, total - first)),
                       dict(maker.next_rowids)))
        queue.put(("done", None, None, None))
    except BaseException:
        queue.put(("error", traceback.format_exc(), None, None))


def _batches(seed: int, total: int, per_batch: int, lenders, workers: int):
    """(first index, statements, rowids expected after it) for each batch, in order."""
    if workers <= 0:
        maker = Maker(seed, total, lenders)
        for first in range(0, total, per_batch):
            yield first, maker.batch(first, min(per_batch, total - first)), dict(maker.next_rowids)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform != "linux" else "fork")
    queue = ctx.Queue(maxsize=3)
    process = ctx.Process(target=_produce, args=(queue, seed, total, per_batch, lenders), daemon=True)
    process.start()
    try:
        while True:
            what, first, groups, rowids = queue.get()
            if what == "done":
                break
            if what == "error":
                raise RuntimeError(f"the data producer failed:\n{first}")
            yield first, groups, rowids
    finally:
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()


def generate(path: Path, customers: int, seed: int = DEFAULT_SEED,
             per_batch: int = CUSTOMERS_PER_TRANSACTION, workers: int = 1,
             progress: Callable[[str], None] | None = print) -> dict[str, Any]:
    """Write a new database of ``customers`` customers at ``path`` (replacing it)."""
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)

    database = open_database(partial)  # the app's own schema and migrations
    conn = database.conn
    # Connection-level settings for the load only (nothing here is stored in the file).
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1500000")  # 1.5 GB of page cache
    conn.execute("PRAGMA temp_store = MEMORY")

    lenders = make_lenders(seed)
    with database.transaction():
        repo = LenderRepository(database)
        for _, _, lender in lenders:
            repo.add(lender)

    done = 0
    writing = 0.0  # seconds spent in SQLite; the rest is waiting for the producer
    for first, groups, rowids in _batches(seed, customers, per_batch, [(i, s) for i, s, _ in lenders], workers):
        write_started = time.perf_counter()
        with database.transaction():
            for sql, rows in groups:
                conn.executemany(sql, rows)
            for table, next_rowid in rowids.items():
                got = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
                if got != next_rowid - 1:
                    raise AssertionError(f"{table}: rowid {got}, expected {next_rowid - 1}")
        writing += time.perf_counter() - write_started
        done = first + min(per_batch, customers - first)
        if progress and (done % (per_batch * 10) == 0 or done == customers):
            elapsed = time.perf_counter() - started
            progress(f"  {done:>9,} customers  {elapsed:7.1f} s  ({done / elapsed:,.0f}/s; "
                     f"{writing:.1f} s of it writing)")

    database.close()  # checkpoints the WAL into the file and removes it
    os.replace(partial, path)
    counts = _count_rows(path)
    seconds = time.perf_counter() - started
    meta = {
        "customers": customers, "seed": seed, "generator_version": GENERATOR_VERSION,
        "seconds": round(seconds, 1), "writing_seconds": round(writing, 1), "rows": counts, "bytes": path.stat().st_size,
        "sqlite": sqlite3.sqlite_version, "python": platform.python_version(),
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    _meta_path(path).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def database_path(data_dir: Path, customers: int) -> Path:
    return Path(data_dir) / f"liendesk-{customers}.sqlite3"


def _count_rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("customers", "obligations", "lenders", "assets", "loans", "payments",
                          "search_entries", "search_keys", "audit_log")}
    finally:
        conn.close()


def ensure_database(data_dir: Path, customers: int, seed: int = DEFAULT_SEED, force: bool = False,
                    progress: Callable[[str], None] | None = print) -> tuple[Path, dict[str, Any], bool]:
    """The database of this size, made now or reused: (path, its metadata, whether reused).

    A file already there is reused when it holds that many customers, unless
    its notes (the .json beside it) say another seed or generator version made it.
    """
    path = database_path(data_dir, customers)
    if not force and path.exists():
        meta_path = _meta_path(path)
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
        if meta is None or (meta.get("seed") == seed and meta.get("generator_version") == GENERATOR_VERSION):
            conn = sqlite3.connect(path)
            try:
                count = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
            except sqlite3.DatabaseError:
                count = None
            finally:
                conn.close()
            if count == customers:
                if meta is None:  # made elsewhere or its notes lost: how long it took is unknown
                    meta = {"customers": customers, "seed": None, "generator_version": None, "seconds": None,
                            "rows": _count_rows(path), "bytes": path.stat().st_size}
                return path, meta, True
    if progress:
        progress(f"generating {customers:,} customers into {path} …")
    return path, generate(path, customers, seed, progress=progress), False


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("customers", type=int, nargs="+")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="make the file again even if one matches")
    args = parser.parse_args(argv)
    for n in args.customers:
        path, meta, reused = ensure_database(args.data_dir, n, args.seed, args.force)
        print(f"{path}: {'reused' if reused else 'made'}; {meta['seconds'] or '?'} s to make, "
              f"{meta['bytes'] / 2 ** 20:,.0f} MiB, rows {meta['rows']}")


if __name__ == "__main__":
    main()
