#!/usr/bin/python3
"""Build the msme-pulse region gazetteer (conf/gazetteer/) from the reference files.

    /usr/bin/python3 tools/gazetteer/build_regions.py [--ref DIR] [--out DIR] [--check-only]

Inputs (read only), under --ref (default /work/shared/reference/gazetteer):
  sources/lgd_1-state.csv     LGD export, Dec 2022: the 36 states/UTs and their codes
  sources/lgd_2-district.csv  LGD export, Dec 2022: the 763 districts and their codes
  india_districts_hi.csv      Hindi district names of the npm package
                              @coffeebeanslabs/country_state_district, joined to LGD codes
  india_states_hi.csv         Hindi state names of the same npm package

Outputs (overwritten), under --out (default <repo>/conf/gazetteer):
  states.csv, districts.csv, places.csv, region-stop-phrases.txt

What comes from where:
  * The row set and the codes of states.csv and districts.csv come from the LGD files, one row per
    LGD state/UT and per LGD district, nothing added and nothing dropped.
  * name_hi of a district starts as the npm Hindi name joined on the LGD code (after the join fixes
    in NPM_JOIN_FIXES, NPM_DROP and the npm `district_hi_fixed` errata column); the curated table
    DISTRICTS below then overrides it where the npm name is wrong, machine-translated or missing.
  * name_en is the LGD name in title case unless DISTRICTS gives the current official spelling.
  * aliases / context_aliases of states and districts, and all of places.csv and of the stop
    phrases, are curated tables in this file (STATES, DISTRICTS, PLACES, STOP_PHRASES). Nothing is
    patched by hand after the script runs: edit the tables and re-run.

The script also runs the consistency checks (headers, counts, unique codes, every place mapped to
an existing district of the same state, duplicate aliases inside a state) and prints the names
that districts of different states share. It exits 1 if a hard check fails.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_REF = "/work/shared/reference/gazetteer"
DEFAULT_OUT = os.path.join(REPO, "conf", "gazetteer")

STATE_HEADER = ["state_code", "lgd_state_code", "name_en", "name_hi", "aliases", "context_aliases"]
DISTRICT_HEADER = ["lgd_district_code", "state_code", "name_en", "name_hi", "aliases", "context_aliases"]
PLACE_HEADER = ["name_en", "name_hi", "aliases", "context_aliases", "lgd_district_code", "state_code", "kind"]
PLACE_KINDS = {"city", "town", "industrial_area"}

# --------------------------------------------------------------------------------------------
# States and UTs. Key: LGD state code. Fields: ISO 3166-2:IN code | name_en | name_hi |
# aliases | context_aliases (context: the alias is also an ordinary word or another thing and
# counts only next to a place cue).
# --------------------------------------------------------------------------------------------
STATES = """
35|IN-AN|Andaman and Nicobar Islands|अंडमान और निकोबार द्वीपसमूह|अंडमान निकोबार;अंडमान और निकोबार;अंडमान एवं निकोबार;अंडमान निकोबार द्वीपसमूह;अंडमान-निकोबार द्वीप समूह;अंडमान व निकोबार;Andaman and Nicobar;Andaman & Nicobar;Andaman & Nicobar Islands;Andaman Nicobar;A&N Islands|
28|IN-AP|Andhra Pradesh|आंध्र प्रदेश|आंध्रप्रदेश;आन्ध्र प्रदेश;Andhra|
12|IN-AR|Arunachal Pradesh|अरुणाचल प्रदेश|अरुणाचलप्रदेश;अरुणाचल;Arunachal|
18|IN-AS|Assam|असम|आसाम;असोम;Asom|
10|IN-BR|Bihar|बिहार||
4|IN-CH|Chandigarh|चंडीगढ़|चण्डीगढ़|
22|IN-CG|Chhattisgarh|छत्तीसगढ़|छत्तीसगड़;छग;छ.ग.;Chattisgarh;Chhatisgarh|
38|IN-DH|Dadra and Nagar Haveli and Daman and Diu|दादरा और नगर हवेली और दमन और दीव|दादरा नगर हवेली और दमन दीव;दादरा और नगर हवेली तथा दमन और दीव;दादरा एवं नगर हवेली और दमन एवं दीव;दमन और दीव;दमन एवं दीव;दमन दीव;दमण दीव;Daman and Diu;Daman & Diu;DNH and DD;DNHDD|
7|IN-DL|Delhi|दिल्ली|राष्ट्रीय राजधानी क्षेत्र दिल्ली;दिल्ली एनसीटी;एनसीटी दिल्ली;NCT of Delhi;National Capital Territory of Delhi;Dilli|
30|IN-GA|Goa|गोवा|गोआ|
24|IN-GJ|Gujarat|गुजरात|Gujrat|
6|IN-HR|Haryana|हरियाणा|हरियाना;Hariyana|
2|IN-HP|Himachal Pradesh|हिमाचल प्रदेश|हिमाचल;हिमाचलप्रदेश;हि.प्र.;Himachal|
1|IN-JK|Jammu and Kashmir|जम्मू और कश्मीर|जम्मू-कश्मीर;जम्मू एवं कश्मीर;जम्मू व कश्मीर;जम्मू एंड कश्मीर;कश्मीर;J&K;Jammu & Kashmir;Jammu Kashmir;Kashmir|
20|IN-JH|Jharkhand|झारखंड|झारखण्ड|
29|IN-KA|Karnataka|कर्नाटक|कर्नाटका;Karnatak|
32|IN-KL|Kerala|केरल|केरला;केरलम;Keralam|
37|IN-LA|Ladakh|लद्दाख|लदाख|
31|IN-LD|Lakshadweep|लक्षद्वीप|लक्ष्यद्वीप|
23|IN-MP|Madhya Pradesh|मध्य प्रदेश|मध्यप्रदेश;म.प्र.;मप्र|एमपी;MP;M.P.
27|IN-MH|Maharashtra|महाराष्ट्र|महाराष्‍ट्र;Maharastra|
14|IN-MN|Manipur|मणिपुर||
17|IN-ML|Meghalaya|मेघालय||
15|IN-MZ|Mizoram|मिजोरम|मिजोराम|
13|IN-NL|Nagaland|नगालैंड|नागालैंड|
21|IN-OR|Odisha|ओडिशा|ओडिसा;उड़ीसा;Orissa|
34|IN-PY|Puducherry|पुडुचेरी|पुदुचेरी;पुद्दुचेरी;पांडिचेरी;पॉन्डिचेरी;Pondicherry;Pondy|
3|IN-PB|Punjab|पंजाब|Panjab|
8|IN-RJ|Rajasthan|राजस्थान||
11|IN-SK|Sikkim|सिक्किम||
33|IN-TN|Tamil Nadu|तमिलनाडु|तमिल नाडु;तमिलनाड;Tamilnadu|
36|IN-TS|Telangana|तेलंगाना|तेलंगाणा;तेलंगण|
16|IN-TR|Tripura|त्रिपुरा||
9|IN-UP|Uttar Pradesh|उत्तर प्रदेश|उत्तरप्रदेश;यूपी;उप्र;उ.प्र.|UP;U.P.
5|IN-UK|Uttarakhand|उत्तराखंड|उत्तराखण्ड;उत्तरांचल;Uttaranchal;Uttrakhand|
19|IN-WB|West Bengal|पश्चिम बंगाल|प. बंगाल;प बंगाल;पश्चिमी बंगाल;बंगाल;Bengal|
"""

# --------------------------------------------------------------------------------------------
# Fixes to the npm -> LGD join in india_districts_hi.csv.
#  NPM_JOIN_FIXES: (npm state_en, npm district_en) -> LGD district code, for rows flagged
#  no_lgd_match and for wrong joins (both Warangal rows were joined to 522).
#  NPM_DROP: npm rows that are not LGD districts of Dec 2022 (proposed/created later).
# --------------------------------------------------------------------------------------------
NPM_JOIN_FIXES = {
    ("Andhra Pradesh", "Kadapa"): "504",
    ("Arunachal Pradesh", "Central Siang"): "679",
    ("Bihar", "East Champaran"): "213",
    ("Bihar", "West Champaran"): "211",
    ("Bihar", "Kaimur"): "200",
    ("Chhattisgarh", "Koriya"): "384",
    ("Delhi", "Central Delhi"): "77",
    ("Delhi", "East Delhi"): "78",
    ("Delhi", "North Delhi"): "80",
    ("Delhi", "South Delhi"): "83",
    ("Delhi", "West Delhi"): "85",
    ("Gujarat", "Dahod"): "445",
    ("Gujarat", "Kutch"): "449",
    ("Haryana", "Mewat"): "604",
    ("Karnataka", "Belgaum"): "527",
    ("Karnataka", "Bellary"): "528",
    ("Karnataka", "Gulbarga"): "538",
    ("Karnataka", "Mysore"): "545",
    ("Lakshadweep", "Lakshadweep"): "553",
    ("Ladakh", "Leh"): "9",
    ("Madhya Pradesh", "Hoshangabad"): "409",
    ("Madhya Pradesh", "Khandwa"): "405",
    ("Odisha", "Balasore"): "346",
    ("Odisha", "Subarnapur"): "372",
    ("Punjab", "Mohali"): "608",
    ("Punjab", "Muktsar"): "39",
    ("Sikkim", "East Sikkim"): "225",
    ("Sikkim", "North Sikkim"): "226",
    ("Sikkim", "South Sikkim"): "227",
    ("Sikkim", "West Sikkim"): "228",
    ("Tamil Nadu", "Thoothukudi"): "594",
    ("Telangana", "Jayashankar"): "687",
    ("Telangana", "Komaram Bheem"): "699",
    ("Telangana", "Medchal"): "700",
    ("Telangana", "Warangal Rural"): "522",   # renamed Warangal (2021)
    ("Telangana", "Warangal Urban"): "686",   # renamed Hanumakonda (2021); was joined to 522
    ("Uttarakhand", "Pauri"): "52",
    ("Uttarakhand", "Tehri"): "55",
    ("West Bengal", "Dakshin Dinajpur"): "310",
    ("West Bengal", "Uttar Dinajpur"): "311",
    ("West Bengal", "North 24 Parganas"): "303",
    ("West Bengal", "South 24 Parganas"): "304",
    ("West Bengal", "Purba Medinipur"): "317",
    ("West Bengal", "Paschim Medinipur"): "318",
}
NPM_DROP = {
    ("Madhya Pradesh", "Chachaura"),   # proposed district, not in LGD
    ("Madhya Pradesh", "Maihar"),      # created 2023 from Satna; a town in places.csv
    ("Madhya Pradesh", "Nagda"),       # proposed district; a town (Ujjain) in places.csv
}

# --------------------------------------------------------------------------------------------
# Districts. One line per LGD district code that needs anything beyond the base:
#   code | name_en (blank: LGD name in title case) | name_hi (blank: npm name) | aliases | context
# Every LGD district of Dec 2022 appears here, so that each one was looked at.
# --------------------------------------------------------------------------------------------
DISTRICTS = """
# Andaman and Nicobar Islands
603|Nicobars|निकोबार|Nicobar|
632|North and Middle Andaman|उत्तर और मध्य अंडमान|उत्तर मध्य अंडमान;उत्तर एवं मध्य अंडमान;North Middle Andaman|
602|South Andamans|दक्षिण अंडमान|South Andaman|
# Andhra Pradesh (13 districts created in April 2022 are not in the npm data)
745|Alluri Sitharama Raju|अल्लूरी सीताराम राजू|Alluri Sitarama Raju;अल्लूरी सीतारामराजू|अल्लूरी सीताराम राजू;Alluri Sitharama Raju
744|Anakapalli|अनकापल्ली|Anakapalle;अनकापल्ले|
502|Anantapur|अनंतपुर|Anantapuramu;Ananthapur;अनंतपुरमु|
753|Annamayya|अन्नामय्या|अन्नमय्या|
750|Bapatla|बापटला|बापतला|
503|Chittoor|चित्तूर||
505|East Godavari|पूर्वी गोदावरी|पूर्व गोदावरी;ईस्ट गोदावरी|
748|Eluru|एलुरु|एलूरु;एलुरू;Ellore|
506|Guntur|गुंटूर|गुंटुर|
746|Kakinada|काकीनाडा|काकिनाडा|
747|Konaseema|कोनसीमा|Dr. B.R. Ambedkar Konaseema;B.R. Ambedkar Konaseema;Ambedkar Konaseema;डॉ. बी.आर. आंबेडकर कोनसीमा;आंबेडकर कोनसीमा;अंबेडकर कोनसीमा|
510|Krishna|कृष्णा||कृष्णा;Krishna
511|Kurnool|कुरनूल|कर्नूल|
755|Nandyal|नंद्याल|नांदयाल|
749|NTR|एनटीआर|NTR district;एनटीआर जिला|एनटीआर;NTR;N.T.R.
751|Palnadu|पलनाडु|पालनाडु|
743|Parvathipuram Manyam|पार्वतीपुरम मन्यम|Parvathipuram;पार्वतीपुरम;पार्वतीपुरम मण्यम|
517|Prakasam|प्रकाशम||
515|Sri Potti Sriramulu Nellore|नेल्लोर|SPSR Nellore;Nellore;श्री पोट्टि श्रीरामुलु नेल्लोर;पोट्टि श्रीरामुलु नेल्लोर;नेल्लूर|
519|Srikakulam|श्रीकाकुलम||
754|Sri Sathya Sai|श्री सत्य साई|Sri Sathya Sai district;श्री सत्य साई जिला|श्री सत्य साई;सत्य साई;Sri Sathya Sai
752|Tirupati|तिरुपति|Tirupathi;तिरूपति|
520|Visakhapatnam|विशाखापत्तनम|Vishakhapatnam;Visakhapatanam;Vizag;विशाखापट्टनम;विशाखपट्टनम;वाइजैग;विजाग|
521|Vizianagaram|विजयनगरम|Vijayanagaram|
523|West Godavari||पश्चिमी गोदावरी;पश्चिम गोदावरी;वेस्ट गोदावरी|
504|YSR Kadapa|वाईएसआर कडपा|Kadapa;Cuddapah;Y.S.R. Kadapa;कडपा;कडप्पा;वाईएसआर कडप्पा|वाईएसआर;YSR;Y.S.R.
# Arunachal Pradesh
628|Anjaw|अंजॉ|अंजाव|
229|Changlang|चांगलांग||
230|Dibang Valley|दिबांग घाटी|दिबांग वैली|
231|East Kameng|पूर्वी कामेंग|पूर्व कामेंग|
232|East Siang|पूर्वी सियांग|पूर्व सियांग|
718|Kamle|कमले|कामले|
677|Kra Daadi|क्रा दादी|Kra Dadi|
233|Kurung Kumey|कुरुंग कुमे||
724|Leparada|लेपाराडा|Lepa Rada;लेपा राडा|
234|Lohit|लोहित||
666|Longding|लोंगडिंग|लॉन्गडिंग|
235|Lower Dibang Valley|निचली दिबांग घाटी|लोअर दिबांग वैली;निचली दिबांग वैली|
719|Lower Siang|निचला सियांग|लोअर सियांग;निचली सियांग|
236|Lower Subansiri|निचला सुबनसिरी|लोअर सुबनसिरी;निचली सुबनसिरी|
678|Namsai|नामसाई|नमसाई|
723|Pakke Kessang|पक्के केसांग||
237|Papum Pare|पापुम पारे||
725|Shi Yomi|शि योमी|शी योमी|
679|Siang|सियांग||सियांग;Siang
238|Tawang|तवांग||
239|Tirap|तिरप||
240|Upper Siang|अपर सियांग|ऊपरी सियांग|
241|Upper Subansiri|अपर सुबनसिरी|ऊपरी सुबनसिरी|
242|West Kameng|पश्चिम कामेंग|पश्चिमी कामेंग|
243|West Siang|पश्चिम सियांग|पश्चिमी सियांग|
# Assam
739|Bajali|बजाली||
616|Baksa|बक्सा||बक्सा
280|Barpeta|बारपेटा|बरपेटा|
705|Biswanath|बिश्वनाथ|Biswanath Chariali;बिश्वनाथ चाराली|
281|Bongaigaon|बोंगाईगांव|बोंगईगांव|
282|Cachar|कछार||
708|Charaideo|चराइदेव|चराईदेव|
612|Chirang|चिरांग||
283|Darrang|दरांग|दरंग|
284|Dhemaji|धेमाजी||
285|Dhubri|धुबरी|धुबड़ी|
286|Dibrugarh|डिब्रूगढ़|डिब्रुगढ़|
299|Dima Hasao|दीमा हसाओ|दिमा हसाओ;North Cachar Hills|
287|Goalpara||ग्वालपाड़ा;गोलपाड़ा;गोआलपाड़ा|
288|Golaghat|गोलाघाट||
289|Hailakandi|हैलाकांडी||
709|Hojai||होजाई;होजई|
290|Jorhat|जोरहाट||
291|Kamrup|कामरूप|Kamrup Rural;कामरूप ग्रामीण|
618|Kamrup Metropolitan|कामरूप महानगर|Kamrup Metro;कामरूप मेट्रो;कामरूप मेट्रोपॉलिटन|
292|Karbi Anglong|कार्बी आंगलोंग|कार्बी एंगलोंग|
293|Sribhumi|श्रीभूमि|Karimganj;करीमगंज;Shribhumi|
294|Kokrajhar|कोकराझार||
295|Lakhimpur|लखीमपुर||
706|Majuli|माजुली||
296|Morigaon|मोरीगांव|Marigaon;मरीगांव|
297|Nagaon|नगांव|नौगांव;Nowgong|
298|Nalbari|नलबाड़ी||
300|Sivasagar|शिवसागर|Sibsagar;शिबसागर|
301|Sonitpur|शोणितपुर|सोनितपुर|
707|South Salmara Mankachar|दक्षिण सालमारा-मनकाचर|South Salmara Mancachar;दक्षिण सालमारा मनकचर|
756|Tamulpur|तामुलपुर||
302|Tinsukia|तिनसुकिया||
617|Udalguri||उदालगुड़ी;उदलगुड़ी|
710|West Karbi Anglong|पश्चिम कार्बी आंगलोंग|पश्चिमी कार्बी आंगलोंग|
# Bihar
188|Araria|अररिया||
611|Arwal|अरवल||
189|Aurangabad|औरंगाबाद||
190|Banka|बांका||
191|Begusarai|बेगूसराय|बेगुसराय|
192|Bhagalpur|भागलपुर||
193|Bhojpur|भोजपुर||
194|Buxar|बक्सर||
195|Darbhanga|दरभंगा||
196|Gaya|गया|गयाजी;Gaya Ji|गया;Gaya
197|Gopalganj|गोपालगंज||
198|Jamui|जमुई||
199|Jehanabad|जहानाबाद||
200|Kaimur|कैमूर|Kaimur (Bhabua);Bhabua;भभुआ|
201|Katihar|कटिहार||
202|Khagaria|खगड़िया|खगरिया|
203|Kishanganj|किशनगंज||
204|Lakhisarai|लखीसराय||
205|Madhepura|मधेपुरा||
206|Madhubani|मधुबनी||
207|Munger|मुंगेर|Monghyr|
208|Muzaffarpur|मुजफ्फरपुर||
209|Nalanda|नालंदा||
210|Nawada|नवादा||
211|Pashchim Champaran||पश्चिम चंपारण;West Champaran;पश्चिमी चंपारण;पश्चिम चम्पारण;पश्चिमी चम्पारण|
212|Patna|पटना||
213|Purbi Champaran|पूर्वी चंपारण|East Champaran;पूर्वी चम्पारण;पूर्व चंपारण|
214|Purnia|पूर्णिया|Purnea|
215|Rohtas|रोहतास||
216|Saharsa|सहरसा||
217|Samastipur|समस्तीपुर||
218|Saran|सारण|सारन|
219|Sheikhpura|शेखपुरा||
220|Sheohar|शिवहर||
221|Sitamarhi|सीतामढ़ी||
222|Siwan|सिवान|सीवान|
223|Supaul|सुपौल||
224|Vaishali|वैशाली||वैशाली;Vaishali
# Chandigarh
44|Chandigarh|चंडीगढ़|चण्डीगढ़|
# Chhattisgarh
646|Balod|बालोद||
644|Baloda Bazar||बलौदाबाजार;बलौदा बाजार;बलौदाबाजार-भाटापारा;Baloda Bazar-Bhatapara;Balodabazar|
649|Balrampur|बलरामपुर|Balrampur-Ramanujganj;बलरामपुर-रामानुजगंज|
374|Bastar|बस्तर||
650|Bemetara|बेमेतरा||
636|Bijapur|बीजापुर||
375|Bilaspur|बिलासपुर||
376|Dantewada|दंतेवाड़ा|Dakshin Bastar Dantewada;दक्षिण बस्तर दंतेवाड़ा|
377|Dhamtari|धमतरी||
378|Durg|दुर्ग||
645|Gariaband|गरियाबंद|Gariyaband|
734|Gaurela Pendra Marwahi||गौरेला-पेंड्रा-मरवाही;Gaurella Pendra Marwahi;जीपीएम|
379|Janjgir-Champa||जांजगीर-चांपा;जांजगीर;Janjgir|
380|Jashpur|जशपुर||
382|Kabirdham|कबीरधाम||
381|Kanker|कांकेर|Uttar Bastar Kanker;उत्तर बस्तर कांकेर|
759|Khairagarh Chhuikhadan Gandai|खैरागढ़-छुईखदान-गंडई|Khairgarh Chhuikhadan Gandai;खैरागढ़ छुईखदान गंडई|
643|Kondagaon|कोंडागांव||
383|Korba|कोरबा||
384|Korea|कोरिया|Koriya|कोरिया;Korea
385|Mahasamund|महासमुंद||
760|Manendragarh Chirmiri Bharatpur|मनेंद्रगढ़-चिरमिरी-भरतपुर|Manendragarh-Chirmiri-Bharatpur;Manendragarh Chirimiri Bharatpur|MCB;एमसीबी
761|Mohla Manpur Ambagarh Chowki|मोहला-मानपुर-अंबागढ़ चौकी|Mohla Manpur Ambagarh Chouki;मोहला मानपुर अम्बागढ़ चौकी|
647|Mungeli|मुंगेली||
637|Narayanpur|नारायणपुर||
386|Raigarh|रायगढ़||
387|Raipur|रायपुर||
388|Rajnandgaon|राजनांदगांव|राजनंदगांव|
762|Sakti|सक्ती||
763|Sarangarh-Bilaigarh|सारंगढ़-बिलाईगढ़|Sarangarh Bilaigarh;सारंगढ़|
642|Sukma|सुकमा||
648|Surajpur|सूरजपुर||
389|Surguja|सरगुजा|Sarguja|
# Delhi (LGD names the districts CENTRAL, EAST, ...)
77|Central Delhi|मध्य दिल्ली|सेंट्रल दिल्ली|
78|East Delhi|पूर्वी दिल्ली|पूर्व दिल्ली;ईस्ट दिल्ली|
79|New Delhi|नई दिल्ली|नयी दिल्ली|
80|North Delhi|उत्तरी दिल्ली|उत्तर दिल्ली;नॉर्थ दिल्ली|
81|North East Delhi|उत्तर पूर्वी दिल्ली|पूर्वोत्तर दिल्ली;नॉर्थ ईस्ट दिल्ली|
82|North West Delhi||उत्तर पश्चिमी दिल्ली;उत्तर पश्चिम दिल्ली;नॉर्थ वेस्ट दिल्ली|
671|Shahdara|शाहदरा||
83|South Delhi|दक्षिणी दिल्ली|दक्षिण दिल्ली;साउथ दिल्ली|
670|South East Delhi|दक्षिण पूर्वी दिल्ली|दक्षिण पूर्व दिल्ली;साउथ ईस्ट दिल्ली|
84|South West Delhi||दक्षिण पश्चिमी दिल्ली;दक्षिण पश्चिम दिल्ली;साउथ वेस्ट दिल्ली|
85|West Delhi|पश्चिमी दिल्ली|पश्चिम दिल्ली;वेस्ट दिल्ली|
# Goa
551|North Goa|उत्तरी गोवा|उत्तर गोवा|
552|South Goa||दक्षिणी गोवा;दक्षिण गोवा|
# Gujarat
438|Ahmedabad|अहमदाबाद|Ahmadabad;Amdavad;अमदावाद|
439|Amreli|अमरेली||
440|Anand|आणंद||आनंद;Anand
672|Aravalli|अरवल्ली|Arvalli|अरावली;Aravalli
441|Banaskantha|बनासकांठा|Banas Kantha|
442|Bharuch|भरूच|भड़ूच|
443|Bhavnagar|भावनगर||
676|Botad|बोटाद|बोटाड|
668|Chhota Udepur|छोटा उदेपुर|Chhotaudepur;Chhota Udaipur;छोटा उदयपुर|
444|Dang|डांग|The Dangs;Dangs;डांग्स|
674|Devbhumi Dwarka|देवभूमि द्वारका|Devbhoomi Dwarka|
445|Dahod|दाहोद|Dohad|
446|Gandhinagar|गांधीनगर||
675|Gir Somnath|गिर सोमनाथ|गीर सोमनाथ|
447|Jamnagar|जामनगर||
448|Junagadh|जूनागढ़|जुनागढ़|
449|Kachchh|कच्छ|Kutch;Kachh|
450|Kheda|खेड़ा|Kaira|खेड़ा
451|Mahesana|मेहसाणा|Mehsana;महेसाणा|
669|Mahisagar|महीसागर|महिसागर|
673|Morbi|मोरबी|Morvi;मोरवी|
452|Narmada|नर्मदा||नर्मदा;Narmada
453|Navsari|नवसारी||
454|Panchmahal|पंचमहाल|Panch Mahals;Panchmahals;पंचमहल|
455|Patan|पाटन||
456|Porbandar|पोरबंदर||
457|Rajkot|राजकोट||
458|Sabarkantha|साबरकांठा|Sabar Kantha|
459|Surat|सूरत||सूरत
460|Surendranagar|सुरेंद्रनगर||
641|Tapi|तापी||तापी;Tapi
461|Vadodara|वडोदरा||
462|Valsad|वलसाड|Bulsar|
# Haryana
58|Ambala|अंबाला|अम्बाला|
59|Bhiwani|भिवानी||
701|Charkhi Dadri|चरखी दादरी|Charki Dadri|
60|Faridabad|फरीदाबाद||
61|Fatehabad|फतेहाबाद||
62|Gurugram|गुरुग्राम|Gurgaon;गुड़गांव|
63|Hisar|हिसार|Hissar|
64|Jhajjar|झज्जर||
65|Jind|जींद|जिंद|
66|Kaithal|कैथल||
67|Karnal|करनाल||
68|Kurukshetra|कुरुक्षेत्र||
69|Mahendragarh|महेंद्रगढ़|महेन्द्रगढ़|
604|Nuh|नूंह|नूह;Mewat;मेवात|
619|Palwal|पलवल||
70|Panchkula|पंचकूला|पंचकुला|
71|Panipat|पानीपत||
72|Rewari|रेवाड़ी||
73|Rohtak|रोहतक||
74|Sirsa|सिरसा||
75|Sonipat|सोनीपत|Sonepat|
76|Yamunanagar|यमुनानगर|यमुना नगर|
# Himachal Pradesh
15|Bilaspur|बिलासपुर||
16|Chamba|चंबा|चम्बा|
17|Hamirpur|हमीरपुर||
18|Kangra|कांगड़ा||
19|Kinnaur|किन्नौर||
20|Kullu|कुल्लू|Kulu|
21|Lahaul and Spiti||लाहौल-स्पीति;Lahul and Spiti;Lahaul Spiti;लाहौल एवं स्पीति;लाहौल और स्पीति;लाहुल स्पीति|
22|Mandi|मंडी||मंडी;Mandi
23|Shimla|शिमला|Simla|
24|Sirmaur|सिरमौर|Sirmour|सिरमौर
25|Solan|सोलन||
26|Una|ऊना||
# Jammu and Kashmir
1|Anantnag|अनंतनाग||
623|Bandipora|बांदीपोरा|बांदीपुरा|
3|Baramulla|बारामूला|बारामुला|
2|Budgam|बडगाम|Badgam|
4|Doda|डोडा||
626|Ganderbal|गांदरबल|गंदेरबल|
5|Jammu|जम्मू||
7|Kathua|कठुआ||
620|Kishtwar|किश्तवाड़|किश्तवार|
622|Kulgam|कुलगाम||
8|Kupwara|कुपवाड़ा||
10|Poonch|पुंछ||पूंछ;Punch
11|Pulwama|पुलवामा||
12|Rajouri|राजौरी||
621|Ramban|रामबन||
627|Reasi|रियासी||
624|Samba|सांबा||
625|Shopian|शोपियां|शोपियन|
13|Srinagar|श्रीनगर||
14|Udhampur|उधमपुर||
# Jharkhand
322|Bokaro|बोकारो||
323|Chatra|चतरा||
324|Deoghar|देवघर||
325|Dhanbad|धनबाद||
326|Dumka|दुमका||
327|East Singhbhum|पूर्वी सिंहभूम|Purbi Singhbhum;East Singhbum;पूर्व सिंहभूम|
328|Garhwa|गढ़वा||
329|Giridih|गिरिडीह||
330|Godda|गोड्डा||
331|Gumla|गुमला||
332|Hazaribagh|हजारीबाग|Hazaribag|
333|Jamtara|जामताड़ा||
606|Khunti|खूंटी||खूंटी
334|Koderma|कोडरमा||
335|Latehar|लातेहार||
336|Lohardaga|लोहरदगा||
337|Pakur|पाकुड़|पाकुर|
338|Palamu|पलामू|Palamau|
607|Ramgarh|रामगढ़||
339|Ranchi|रांची||
340|Sahebganj|साहिबगंज|Sahibganj;साहेबगंज|
341|Saraikela Kharsawan||सरायकेला-खरसावां;Seraikela Kharsawan;Seraikela;Saraikela;सरायकेला|
342|Simdega|सिमडेगा||
343|West Singhbhum|पश्चिमी सिंहभूम|Pashchimi Singhbhum;पश्चिम सिंहभूम|
# Karnataka
524|Bagalkote|बागलकोट|Bagalkot;बागलकोटे|
528|Ballari|बल्लारी|Bellary;बेल्लारी|
527|Belagavi|बेलगावी|Belgaum;बेलगाम|
526|Bengaluru Rural|बेंगलुरु ग्रामीण|Bangalore Rural;बैंगलोर ग्रामीण;बेंगलूरु ग्रामीण|
525|Bengaluru Urban|बेंगलुरु शहरी|Bangalore Urban;बैंगलोर शहरी;बेंगलूरु शहरी|
529|Bidar|बीदर||
531|Chamarajanagara|चामराजनगर|Chamarajanagar|
630|Chikkaballapura|चिक्कबल्लापुर|Chikkaballapur;चिकबल्लापुर|
532|Chikkamagaluru||चिक्कमगलुरु;Chikmagalur;चिकमगलूर|
533|Chitradurga|चित्रदुर्ग||
534|Dakshina Kannada|दक्षिण कन्नड़|South Canara|
535|Davanagere|दावणगेरे|Davangere;दावनगेरे|
536|Dharwad|धारवाड़||
537|Gadag|गदग||
539|Hassan|हासन||हसन;Hassan
540|Haveri|हावेरी||
538|Kalaburagi|कलबुर्गी|Gulbarga;गुलबर्गा|
541|Kodagu|कोडगु|Coorg;कूर्ग;कोडागु|
542|Kolar|कोलार||
543|Koppal|कोप्पल||
544|Mandya|मांड्या|मंड्या|
545|Mysuru|मैसूरु|Mysore;मैसूर|
546|Raichur|रायचूर|रायचुर|
631|Bengaluru South|बेंगलुरु दक्षिण|बेंगलूरु दक्षिण;Ramanagara;Ramanagaram;रामनगरा|रामनगर
547|Shivamogga|शिवमोग्गा|Shimoga;शिमोगा|
548|Tumakuru|तुमकुरु|Tumkur;तुमकुर;तुमकूर|
549|Udupi|उडुपी||
550|Uttara Kannada|उत्तर कन्नड़|North Canara|
738|Vijayanagara|विजयनगर|Vijayanagar|विजयनगर
530|Vijayapura|विजयपुरा|Bijapur;बीजापुर|
635|Yadgir|यादगीर|Yadagiri|
# Kerala
554|Alappuzha|अलप्पुझा|Alleppey;अलेप्पी;आलप्पुझा|
555|Ernakulam|एर्नाकुलम||
556|Idukki|इडुक्की||
557|Kannur|कन्नूर|Cannanore|
558|Kasaragod|कासरगोड|Kasargod|
559|Kollam|कोल्लम|Quilon;क्विलोन|
560|Kottayam|कोट्टायम|कोट्टयम|
561|Kozhikode|कोझिकोड|Calicut;कालीकट;कोझीकोड|
562|Malappuram|मलप्पुरम||
563|Palakkad|पलक्कड़|Palghat;पालघाट|
564|Pathanamthitta|पथनमथिट्टा|पथानामथिट्टा|
565|Thiruvananthapuram|तिरुवनंतपुरम|Trivandrum;त्रिवेंद्रम;तिरुअनंतपुरम|
566|Thrissur|त्रिशूर|Trichur;त्रिचूर|
567|Wayanad|वायनाड||
# Ladakh
6|Kargil|कारगिल||
9|Leh|लेह|Leh Ladakh|
# Lakshadweep
553|Lakshadweep|लक्षद्वीप||
# Madhya Pradesh
667|Agar Malwa|आगर मालवा||
639|Alirajpur|अलीराजपुर|आलीराजपुर|
390|Anuppur|अनूपपुर||
391|Ashoknagar|अशोकनगर||अशोक नगर
392|Balaghat|बालाघाट||
393|Barwani|बड़वानी|Badwani|
394|Betul|बैतूल|बेतूल;बेतुल|
395|Bhind|भिंड||
396|Bhopal|भोपाल||
397|Burhanpur|बुरहानपुर||
398|Chhatarpur|छतरपुर||
399|Chhindwara|छिंदवाड़ा||
400|Damoh|दमोह||
401|Datia|दतिया||
402|Dewas|देवास||
403|Dhar|धार||धार;Dhar
404|Dindori|डिंडोरी|डिंडौरी|
405|Khandwa|खंडवा|East Nimar;पूर्वी निमाड़;पूर्व निमाड़|
406|Guna|गुना||गुना
407|Gwalior|ग्वालियर||
408|Harda|हरदा||
410|Indore|इंदौर||
411|Jabalpur|जबलपुर||
412|Jhabua|झाबुआ||
413|Katni|कटनी||
414|Khargone|खरगोन|West Nimar;पश्चिम निमाड़;पश्चिमी निमाड़|
415|Mandla|मंडला||
416|Mandsaur|मंदसौर|मन्दसौर|
417|Morena|मुरैना||
409|Narmadapuram|नर्मदापुरम|Hoshangabad;होशंगाबाद|
418|Narsinghpur|नरसिंहपुर||
419|Neemuch|नीमच||
722|Niwari|निवाड़ी||
420|Panna|पन्ना||पन्ना;Panna
421|Raisen|रायसेन||
422|Rajgarh|राजगढ़||
423|Ratlam|रतलाम||
424|Rewa|रीवा||
425|Sagar|सागर||सागर;Sagar
426|Satna|सतना||
427|Sehore|सीहोर||
428|Seoni|सिवनी||
429|Shahdol|शहडोल|शाहडोल|
430|Shajapur|शाजापुर||
431|Sheopur|श्योपुर||
432|Shivpuri|शिवपुरी||
433|Sidhi|सीधी||सीधी
638|Singrauli|सिंगरौली||
434|Tikamgarh|टीकमगढ़||
435|Ujjain|उज्जैन||
436|Umaria|उमरिया||
437|Vidisha|विदिशा||
# Maharashtra (Ahmednagar, Aurangabad and Osmanabad were renamed in 2023-2024)
466|Ahilyanagar|अहिल्यानगर|Ahmednagar;Ahmadnagar;अहमदनगर|
467|Akola|अकोला||
468|Amravati|अमरावती||
469|Chhatrapati Sambhajinagar|छत्रपति संभाजीनगर|Aurangabad;औरंगाबाद;Sambhajinagar;संभाजीनगर|
470|Beed|बीड||
471|Bhandara|भंडारा||भंडारा
472|Buldhana|बुलढाणा|बुलढाना;Buldana|
473|Chandrapur|चंद्रपुर||
474|Dhule|धुले|Dhulia;धुलिया|धुले
475|Gadchiroli|गढ़चिरौली|गडचिरोली|
476|Gondia|गोंदिया||
477|Hingoli|हिंगोली||
478|Jalgaon|जलगांव||
479|Jalna|जालना||जालना
480|Kolhapur|कोल्हापुर||
481|Latur|लातूर||
482|Mumbai|मुंबई|Mumbai City;मुंबई शहर;मुम्बई;Bombay;बंबई;बम्बई;बॉम्बे|
483|Mumbai Suburban|मुंबई उपनगर|मुंबई उपनगरीय;Bombay Suburban|
484|Nagpur|नागपुर||
485|Nanded|नांदेड़||
486|Nandurbar|नंदुरबार||
487|Nashik|नासिक|नाशिक;Nasik|
488|Dharashiv|धाराशिव|Osmanabad;उस्मानाबाद|
665|Palghar|पालघर||
489|Parbhani|परभणी|परभनी|
490|Pune|पुणे|Poona;पूना|
491|Raigad|रायगड|रायगढ़|
492|Ratnagiri||रत्नागिरी;रत्नागिरि|
493|Sangli|सांगली||
494|Satara||सातारा;सतारा|
495|Sindhudurg|सिंधुदुर्ग||
496|Solapur|सोलापुर|Sholapur;शोलापुर|
497|Thane|ठाणे||
498|Wardha|वर्धा||
499|Washim|वाशिम||
500|Yavatmal|यवतमाल|Yeotmal|
# Manipur
252|Bishnupur|बिष्णुपुर|बिश्नुपुर|
253|Chandel|चंदेल||चंदेल
254|Churachandpur|चुराचांदपुर|चूड़ाचांदपुर|
255|Imphal East|इंफाल पूर्व|इंफाल ईस्ट;पूर्वी इंफाल|
256|Imphal West|इंफाल पश्चिम|इंफाल वेस्ट;पश्चिमी इंफाल|
713|Jiribam|जिरीबाम||
711|Kakching|काकचिंग|काकिंग|
717|Kamjong|कामजोंग||
712|Kangpokpi|कांगपोकपी||
714|Noney|नोनी||
715|Pherzawl|फेरजॉल|फेरजावल|
257|Senapati|सेनापति||सेनापति
258|Tamenglong|तामेंगलोंग|तामेंगलांग|
716|Tengnoupal|टेंग्नौपाल|तेंगनौपाल|
259|Thoubal|थौबल||
260|Ukhrul||उखरुल;उखरूल|
# Meghalaya
740|Eastern West Khasi Hills|ईस्टर्न वेस्ट खासी हिल्स||
273|East Garo Hills|पूर्वी गारो हिल्स|ईस्ट गारो हिल्स|
657|East Jaintia Hills|पूर्वी जयंतिया हिल्स|ईस्ट जयंतिया हिल्स;पूर्वी जैंतिया हिल्स|
274|East Khasi Hills|पूर्वी खासी हिल्स|ईस्ट खासी हिल्स|
656|North Garo Hills|उत्तरी गारो हिल्स|नॉर्थ गारो हिल्स|
276|Ri Bhoi|री भोई||
277|South Garo Hills|दक्षिण गारो हिल्स|साउथ गारो हिल्स|
663|South West Garo Hills|दक्षिण पश्चिम गारो हिल्स|साउथ वेस्ट गारो हिल्स|
658|South West Khasi Hills|दक्षिण पश्चिम खासी हिल्स|साउथ वेस्ट खासी हिल्स|
278|West Garo Hills|पश्चिम गारो हिल्स|वेस्ट गारो हिल्स;पश्चिमी गारो हिल्स|
275|West Jaintia Hills|पश्चिम जयंतिया हिल्स|वेस्ट जयंतिया हिल्स;पश्चिमी जयंतिया हिल्स|
279|West Khasi Hills|पश्चिम खासी हिल्स|वेस्ट खासी हिल्स;पश्चिमी खासी हिल्स|
# Mizoram
261|Aizawl|आइजोल|आईजोल|
262|Champhai|चम्फाई|चंफाई|
726|Hnahthial|ह्नाहथियाल|हनाहथियाल;हन्नाथियाल|
728|Khawzawl|खौजॉल|ख्वाजावल|
263|Kolasib|कोलासिब||
264|Lawngtlai|लॉन्गतलाई|लौंगत्लाई|
265|Lunglei|लुंगलेई||
266|Mamit|मामित||
267|Saiha|सैहा|Siaha;सियाहा|
727|Saitual|सैतुअल||
268|Serchhip|सेरछिप||
# Nagaland
758|Chumoukedima|चुमौकेदिमा|चुमुकेदिमा|
244|Dimapur|दीमापुर|दिमापुर|
614|Kiphire|किफिरे||
245|Kohima|कोहिमा||
615|Longleng|लॉन्गलेंग|लोंगलेंग|
246|Mokokchung|मोकोकचुंग||
247|Mon|मोन||Mon
736|Noklak|नोकलाक||
613|Peren|पेरेन||
248|Phek|फेक||फेक;Phek
757|Tseminyu|त्सेमिन्यु||
249|Tuensang|तुएनसांग||
250|Wokha|वोखा||
251|Zunheboto|जुन्हेबोटो||
# Odisha
344|Angul|अंगुल|Anugul;अनुगुल|
345|Balangir|बलांगीर|Bolangir;बोलांगीर|
346|Baleshwar|बालेश्वर|Balasore;Baleswar;बालासोर|
347|Bargarh|बरगढ़||
348|Bhadrak|भद्रक||
349|Boudh|बौध|Baudh|
350|Cuttack|कटक||
351|Deogarh|देवगढ़|Debagarh;देबगढ़|
352|Dhenkanal||ढेंकानाल;ढेंकनाल|
353|Gajapati|गजपति||
354|Ganjam|गंजाम|गंजम|
355|Jagatsinghapur|जगतसिंहपुर|Jagatsinghpur|
356|Jajpur|जाजपुर|Jajapur|
357|Jharsuguda||झारसुगुड़ा|
358|Kalahandi|कालाहांडी||
359|Kandhamal|कंधमाल||
360|Kendrapara|केंद्रपाड़ा||
361|Kendujhar||केंदुझर;Keonjhar;क्योंझर|
362|Khordha||खोर्धा;Khurda;Khurdha;खुर्दा;खोरधा|
363|Koraput|कोरापुट||
364|Malkangiri||मलकानगिरी;मल्कानगिरी|
365|Mayurbhanj|मयूरभंज||
366|Nabarangpur|नबरंगपुर|Nowrangpur|
367|Nayagarh|नयागढ़||
368|Nuapada|नुआपाड़ा||
369|Puri|पुरी||पुरी;Puri
370|Rayagada|रायगड़ा||
371|Sambalpur|संबलपुर|सम्बलपुर|
372|Subarnapur|सुबर्णपुर|Sonepur;सुवर्णपुर|सोनपुर
373|Sundargarh|सुंदरगढ़|Sundergarh|
# Puducherry
598|Karaikal|कराईकल|कराइकल;कारैक्काल|
599|Mahe|माहे|Mayyazhi|माहे;Mahe
600|Puducherry|पुडुचेरी|पुदुचेरी;पांडिचेरी;Pondicherry|
601|Yanam|यानम||
# Punjab
27|Amritsar|अमृतसर||
605|Barnala|बरनाला||
28|Bathinda|बठिंडा|Bhatinda;भटिंडा|
29|Faridkot|फरीदकोट||
30|Fatehgarh Sahib|फतेहगढ़ साहिब||
651|Fazilka|फाजिल्का||
31|Ferozepur|फिरोजपुर|Firozpur;Ferozpur|
32|Gurdaspur|गुरदासपुर||
33|Hoshiarpur|होशियारपुर||
34|Jalandhar|जालंधर|Jullundur|
35|Kapurthala|कपूरथला||
36|Ludhiana|लुधियाना||
737|Malerkotla|मलेरकोटला|मालेरकोटला|
37|Mansa|मानसा||मनसा
38|Moga|मोगा||
662|Pathankot|पठानकोट||
41|Patiala|पटियाला||
42|Rupnagar|रूपनगर|Ropar;रोपड़|
43|Sangrur|संगरूर||
608|Sahibzada Ajit Singh Nagar|साहिबजादा अजीत सिंह नगर|S.A.S. Nagar;SAS Nagar;एसएएस नगर;Mohali;मोहाली|
40|Shahid Bhagat Singh Nagar|शहीद भगत सिंह नगर|Shaheed Bhagat Singh Nagar;SBS Nagar;Nawanshahr;नवांशहर|
39|Sri Muktsar Sahib|श्री मुक्तसर साहिब|Muktsar;Muktsar Sahib;मुक्तसर;मुक्तसर साहिब|
609|Tarn Taran|तरनतारन|तरन तारन|
# Rajasthan
86|Ajmer|अजमेर||
87|Alwar|अलवर||
88|Banswara|बांसवाड़ा||
89|Baran|बारां||
90|Barmer|बाड़मेर||
91|Bharatpur|भरतपुर||
92|Bhilwara|भीलवाड़ा||
93|Bikaner|बीकानेर||
94|Bundi|बूंदी||बूंदी
95|Chittorgarh|चित्तौड़गढ़|Chittaurgarh;चित्तौड़|
96|Churu|चूरू|चुरू|
97|Dausa|दौसा||
98|Dholpur|धौलपुर||
99|Dungarpur|डूंगरपुर||
100|Sri Ganganagar|श्रीगंगानगर|श्री गंगानगर;Ganganagar;Shri Ganganagar;गंगानगर|
101|Hanumangarh|हनुमानगढ़||
102|Jaipur|जयपुर||
103|Jaisalmer|जैसलमेर||
104|Jalore|जालोर|जालौर;Jalor|
105|Jhalawar|झालावाड़||
106|Jhunjhunu|झुंझुनूं|झुंझुनू|
107|Jodhpur|जोधपुर||
108|Karauli|करौली||
109|Kota|कोटा||कोटा
110|Nagaur|नागौर||
111|Pali|पाली||पाली;Pali
629|Pratapgarh|प्रतापगढ़||
112|Rajsamand|राजसमंद||
113|Sawai Madhopur|सवाई माधोपुर||
114|Sikar|सीकर||
115|Sirohi|सिरोही||
116|Tonk|टोंक||
117|Udaipur|उदयपुर||
# Sikkim (districts renamed in 2021: East -> Gangtok, West -> Gyalshing, North -> Mangan, South -> Namchi)
225|Gangtok|गंगटोक|East Sikkim;पूर्वी सिक्किम;पूर्व सिक्किम|
228|Gyalshing|ग्यालशिंग|Geyzing;गेजिंग;West Sikkim;पश्चिम सिक्किम;पश्चिमी सिक्किम|
226|Mangan|मंगन|North Sikkim;उत्तर सिक्किम;उत्तरी सिक्किम|
227|Namchi|नामची|South Sikkim;दक्षिण सिक्किम|
741|Pakyong|पाकयोंग|पाक्योंग|
742|Soreng|सोरेंग||
# Tamil Nadu
610|Ariyalur|अरियालूर|अरियालुर|
730|Chengalpattu|चेंगलपट्टू|Chengalpet;चेंगलपेट|
568|Chennai|चेन्नई|Madras;मद्रास|
569|Coimbatore|कोयंबटूर|कोयम्बटूर;कोयंबतूर;Kovai;कोवई|
570|Cuddalore|कुड्डालोर|कडलूर|
571|Dharmapuri|धर्मपुरी||
572|Dindigul|डिंडीगुल|डिंडिगुल|
573|Erode|इरोड||
729|Kallakurichi|कल्लाकुरिची|कल्लकुरिची|
574|Kanchipuram|कांचीपुरम|Kancheepuram|
575|Kanniyakumari|कन्याकुमारी|Kanyakumari;कन्नियाकुमारी|
576|Karur|करूर||
577|Krishnagiri|कृष्णगिरि|कृष्णागिरी;कृष्णगिरी|
578|Madurai|मदुरै|मदुरई|
735|Mayiladuthurai|मयिलाडुतुरै|मयिलादुथुरै;Mayavaram;मायावरम|
579|Nagapattinam|नागपट्टिनम|नागापट्टिनम|
580|Namakkal|नामक्कल|नमक्कल|
581|Perambalur|पेरम्बलूर|पेरंबलूर|
582|Pudukkottai|पुदुक्कोट्टई|पुदुकोट्टई|
583|Ramanathapuram|रामनाथपुरम|Ramnad|
731|Ranipet|रानीपेट||
584|Salem|सलेम||
585|Sivaganga|शिवगंगा|Sivagangai|
733|Tenkasi|तेनकासी|तेनकाशी|
586|Thanjavur|तंजावुर|Tanjore;तंजौर;तंजावूर|
588|Theni|थेनी||
587|The Nilgiris|नीलगिरि|Nilgiris|नीलगिरी
589|Thiruvallur|तिरुवल्लूर|Tiruvallur;तिरुवल्लुर|
590|Thiruvarur|तिरुवारूर|Tiruvarur;तिरुवरुर|
591|Tiruchirappalli|तिरुचिरापल्ली|Trichy;Tiruchi;Trichinopoly;त्रिची;तिरुचि|
592|Tirunelveli|तिरुनेलवेली||
732|Tirupathur|तिरुपत्तूर|Tirupattur|
634|Tiruppur|तिरुप्पुर|Tirupur;तिरुपुर;तिरुपूर|
593|Tiruvannamalai|तिरुवन्नामलाई||
594|Thoothukudi|थूथुकुडी|Tuticorin;तूतीकोरिन;थुथुकुडी;तूत्तुकुडी|
595|Vellore|वेल्लोर||
596|Viluppuram|विलुप्पुरम|Villupuram;विल्लुपुरम|
597|Virudhunagar|विरुधुनगर|विरुदुनगर|
# Telangana
501|Adilabad|आदिलाबाद||
690|Bhadradri Kothagudem|भद्राद्री कोठागुडेम|Kothagudem;कोठागुडेम|
686|Hanumakonda|हनुमकोंडा|Hanamkonda;हनमकोंडा;Warangal Urban;वारंगल शहरी|
507|Hyderabad|हैदराबाद||
681|Jagtial|जगतियाल|Jagitial;जगित्याल|
689|Jangaon|जनगांव|Jangoan|
687|Jayashankar Bhupalpally|जयशंकर भूपालपल्ली|Jayashankar Bhupalapally;Bhupalpally;भूपालपल्ली|
695|Jogulamba Gadwal|जोगुलम्बा गदवाल|Gadwal;गदवाल;जोगुलांबा गद्वाल|
685|Kamareddy|कामारेड्डी||
508|Karimnagar|करीमनगर||
509|Khammam|खम्मम||
699|Kumuram Bheem Asifabad|कुमुरम भीम आसिफाबाद|Komaram Bheem Asifabad;Komaram Bheem;कोमाराम भीम;Asifabad;आसिफाबाद|
688|Mahabubabad|महबूबाबाद|महबुबाबाद|
512|Mahabubnagar|महबूबनगर|Mahbubnagar|
684|Mancherial|मंचेरियल||
513|Medak|मेदक|मेडक|
700|Medchal Malkajgiri|मेडचल-मलकाजगिरी|Medchal;मेडचल;मेडचाल|
720|Mulugu|मुलुगु||
694|Nagarkurnool|नागरकुर्नूल|नगरकुरनूल|
514|Nalgonda|नलगोंडा||
721|Narayanpet|नारायणपेट||
680|Nirmal|निर्मल||निर्मल;Nirmal
516|Nizamabad|निजामाबाद||
682|Peddapalli|पेद्दापल्ली||
683|Rajanna Sircilla|राजन्ना सिरसिल्ला|Sircilla;सिरसिल्ला;राजन्ना सिरसिला|
518|Ranga Reddy|रंगारेड्डी|Rangareddy;रंगा रेड्डी|
691|Sangareddy|संगारेड्डी||
692|Siddipet|सिद्दीपेट|सिद्दिपेट|
696|Suryapet|सूर्यापेट||
698|Vikarabad|विकाराबाद||
693|Wanaparthy|वनपर्ती|वानापर्थी;वनपर्थी|
522|Warangal|वारंगल|Warangal Rural;वारंगल ग्रामीण|
697|Yadadri Bhuvanagiri|यादाद्रि भुवनगिरी|Bhongir;भोंगीर;Bhuvanagiri|
# Dadra and Nagar Haveli and Daman and Diu
465|Dadra and Nagar Haveli|दादरा और नगर हवेली|दादरा नगर हवेली;दादरा एवं नगर हवेली;Dadra & Nagar Haveli|
463|Daman|दमन|दमण|दमन
464|Diu|दीव||
# Tripura
269|Dhalai|धलाई||
654|Gomati|गोमती||गोमती
652|Khowai|खोवाई||
270|North Tripura|उत्तर त्रिपुरा|उत्तरी त्रिपुरा|
653|Sepahijala|सिपाहीजाला|सेपाहीजाला|
271|South Tripura|दक्षिण त्रिपुरा||
655|Unakoti|उनाकोटी||
272|West Tripura|पश्चिम त्रिपुरा|पश्चिमी त्रिपुरा|
# Uttarakhand
45|Almora|अल्मोड़ा||
46|Bageshwar|बागेश्वर||
47|Chamoli|चमोली||
48|Champawat||चंपावत;चम्पावत|
49|Dehradun|देहरादून|Dehra Dun|
50|Haridwar|हरिद्वार|Hardwar;हरद्वार|
51|Nainital|नैनीताल||
52|Pauri Garhwal|पौड़ी गढ़वाल|Pauri;पौड़ी|
53|Pithoragarh|पिथौरागढ़|पिथोरागढ़|
54|Rudraprayag|रुद्रप्रयाग|Rudra Prayag|
55|Tehri Garhwal|टिहरी गढ़वाल|Tehri;टिहरी|
56|Udham Singh Nagar|ऊधम सिंह नगर|Udam Singh Nagar;US Nagar;उधम सिंह नगर;ऊधमसिंह नगर;उधमसिंह नगर;यूएस नगर|
57|Uttarkashi|उत्तरकाशी|Uttar Kashi|
# Uttar Pradesh
118|Agra|आगरा||
119|Aligarh|अलीगढ़||
121|Ambedkar Nagar||अंबेडकर नगर;अम्बेडकर नगर;अंबेडकरनगर;आंबेडकर नगर|
640|Amethi|अमेठी||
154|Amroha|अमरोहा|Jyotiba Phule Nagar;ज्योतिबा फुले नगर|
122|Auraiya|औरैया||
140|Ayodhya|अयोध्या|Faizabad;फैजाबाद|
123|Azamgarh|आजमगढ़||
124|Baghpat|बागपत|Bagpat|
125|Bahraich|बहराइच||
126|Ballia|बलिया||
127|Balrampur|बलरामपुर||
128|Banda||बांदा|
129|Barabanki|बाराबंकी||
130|Bareilly|बरेली||
131|Basti|बस्ती||बस्ती
179|Bhadohi|भदोही|Sant Ravidas Nagar;संत रविदास नगर|
132|Bijnor|बिजनौर||
133|Budaun|बदायूं|Badaun|
134|Bulandshahr|बुलंदशहर||
135|Chandauli|चंदौली||
136|Chitrakoot|चित्रकूट||
137|Deoria|देवरिया||
138|Etah|एटा||
139|Etawah|इटावा||
141|Farrukhabad|फर्रुखाबाद||
142|Fatehpur|फतेहपुर||
143|Firozabad|फिरोजाबाद||
144|Gautam Buddha Nagar|गौतम बुद्ध नगर|गौतमबुद्ध नगर;गौतमबुद्धनगर;जीबी नगर;GB Nagar;G.B. Nagar;Gautam Budh Nagar|
145|Ghaziabad||गाजियाबाद|
146|Ghazipur|गाजीपुर||
147|Gonda|गोंडा||
148|Gorakhpur|गोरखपुर||
149|Hamirpur|हमीरपुर||
661|Hapur|हापुड़||
150|Hardoi|हरदोई||
163|Hathras|हाथरस||
151|Jalaun|जालौन||
152|Jaunpur|जौनपुर||
153|Jhansi|झांसी||
155|Kannauj|कन्नौज||
156|Kanpur Dehat|कानपुर देहात|Ramabai Nagar;रमाबाई नगर|
157|Kanpur Nagar|कानपुर नगर|Kanpur;कानपुर|
633|Kasganj|कासगंज||
158|Kaushambi|कौशाम्बी|कौशांबी|
159|Lakhimpur Kheri|लखीमपुर खीरी|Kheri;खीरी;लखीमपुर|
160|Kushinagar|कुशीनगर|Kushi Nagar|
161|Lalitpur|ललितपुर||
162|Lucknow|लखनऊ||
164|Maharajganj|महराजगंज|महाराजगंज;Mahrajganj|
165|Mahoba|महोबा||
166|Mainpuri|मैनपुरी||
167|Mathura|मथुरा||
168|Mau|मऊ|Maunath Bhanjan;मऊनाथ भंजन|
169|Meerut|मेरठ||
170|Mirzapur|मिर्जापुर|मीरजापुर|
171|Moradabad|मुरादाबाद||
172|Muzaffarnagar|मुजफ्फरनगर||
173|Pilibhit|पीलीभीत||
174|Pratapgarh|प्रतापगढ़||
120|Prayagraj|प्रयागराज|Allahabad;इलाहाबाद|
175|Raebareli|रायबरेली|Rae Bareli;राय बरेली|
176|Rampur|रामपुर||
177|Saharanpur|सहारनपुर||
659|Sambhal|संभल||संभल
178|Sant Kabir Nagar|संत कबीर नगर|Sant Kabeer Nagar;संतकबीरनगर|
180|Shahjahanpur|शाहजहांपुर||
660|Shamli|शामली||
181|Shravasti|श्रावस्ती||
182|Siddharthnagar|सिद्धार्थनगर|Siddharth Nagar;सिद्धार्थ नगर|
183|Sitapur|सीतापुर||
184|Sonbhadra|सोनभद्र||
185|Sultanpur|सुल्तानपुर||
186|Unnao|उन्नाव||
187|Varanasi|वाराणसी||
# West Bengal
303|North 24 Parganas|उत्तर 24 परगना|North Twenty Four Parganas;24 Parganas North;उत्तरी 24 परगना;उत्तर चौबीस परगना|
304|South 24 Parganas|दक्षिण 24 परगना|South Twenty Four Parganas;24 Parganas South;दक्षिणी 24 परगना;दक्षिण चौबीस परगना|
664|Alipurduar|अलीपुरद्वार|अलीपुरदुआर|
305|Bankura|बांकुड़ा|बांकुरा|
307|Birbhum|बीरभूम||
308|Cooch Behar|कूचबिहार|Coochbehar;Koch Bihar;कूच बिहार|
309|Darjeeling|दार्जिलिंग|Darjiling|
310|Dakshin Dinajpur|दक्षिण दिनाजपुर|South Dinajpur;Dinajpur Dakshin|
311|Uttar Dinajpur|उत्तर दिनाजपुर|North Dinajpur;Dinajpur Uttar|
312|Hooghly|हुगली|Hugli|
313|Howrah|हावड़ा|Haora|
314|Jalpaiguri|जलपाईगुड़ी||
703|Jhargram|झाड़ग्राम|झारग्राम|
702|Kalimpong|कलिम्पोंग|कालिम्पोंग|
315|Kolkata|कोलकाता|Calcutta;कलकत्ता|
316|Malda|मालदा|Maldah;मालदह|
319|Murshidabad|मुर्शिदाबाद||
320|Nadia|नदिया||नदिया;Nadia
704|Paschim Bardhaman|पश्चिम बर्धमान|West Bardhaman;Paschim Burdwan;West Burdwan;पश्चिम बर्दवान|
306|Purba Bardhaman|पूर्व बर्धमान|East Bardhaman;Purba Burdwan;East Burdwan;पूर्बा बर्धमान;पूर्व बर्दवान|
317|Purba Medinipur|पूर्व मेदिनीपुर|East Midnapore;Medinipur East;पूर्बा मेदिनीपुर;पूर्वी मेदिनीपुर|
318|Paschim Medinipur|पश्चिम मेदिनीपुर|West Midnapore;Medinipur West;पश्चिमी मेदिनीपुर|
321|Purulia|पुरुलिया|Puruliya|
"""

# --------------------------------------------------------------------------------------------
# Places that are not themselves a district name: name_en | name_hi | aliases | context |
# state code | district name_en (as in DISTRICTS; blank = state-level place) | kind
# --------------------------------------------------------------------------------------------
PLACES = """
# Andaman and Nicobar Islands
Sri Vijaya Puram|श्री विजयपुरम|Port Blair;पोर्ट ब्लेयर;Sri Vijayapuram||IN-AN|South Andamans|city
# Andhra Pradesh
Vijayawada|विजयवाड़ा|Bezawada;बेजवाड़ा||IN-AP|NTR|city
Kondapalli|कोंडापल्ली|||IN-AP|NTR|town
Amaravati|अमरावती||अमरावती;Amaravati|IN-AP|Guntur|city
Tenali|तेनाली|||IN-AP|Guntur|town
Mangalagiri|मंगलगिरी|मंगलगिरि||IN-AP|Guntur|town
Rajahmundry|राजमुंदरी|Rajamahendravaram;Rajamundry;राजमहेंद्रवरम;राजमुंद्री||IN-AP|East Godavari|city
Ongole|ओंगोल|||IN-AP|Prakasam|city
Machilipatnam|मछलीपट्टनम|Masulipatnam;मसुलीपट्टनम||IN-AP|Krishna|city
Gudivada|गुडीवाडा|||IN-AP|Krishna|town
Gannavaram|गन्नवरम|||IN-AP|Krishna|town
Bhimavaram|भीमावरम|||IN-AP|West Godavari|city
Hindupur|हिंदूपुर|हिन्दूपुर||IN-AP|Sri Sathya Sai|city
Puttaparthi|पुट्टपर्थी|||IN-AP|Sri Sathya Sai|town
Dharmavaram|धर्मावरम|||IN-AP|Sri Sathya Sai|town
Madanapalle|मदनपल्ले|मदनपल्ली||IN-AP|Annamayya|city
Proddatur|प्रोद्दुतुर|प्रोड्डटूर||IN-AP|YSR Kadapa|city
Adoni|आदोनी|||IN-AP|Kurnool|city
Orvakal|ओरवकल|||IN-AP|Kurnool|industrial_area
Srikalahasti|श्रीकालहस्ती|||IN-AP|Tirupati|town
Sri City|श्री सिटी|श्रीसिटी;Sricity||IN-AP|Tirupati|industrial_area
Naidupeta|नायडूपेटा|||IN-AP|Tirupati|town
Tirumala|तिरुमला|||IN-AP|Tirupati|town
Atchutapuram|अच्युतापुरम|Achutapuram||IN-AP|Anakapalli|industrial_area
Narasaraopet|नरसरावपेट|||IN-AP|Palnadu|town
Chirala|चीराला|||IN-AP|Bapatla|town
Amalapuram|अमलापुरम|||IN-AP|Konaseema|town
# Arunachal Pradesh
Itanagar|ईटानगर|इटानगर||IN-AR|Papum Pare|city
Naharlagun|नाहरलागुन|||IN-AR|Papum Pare|town
Pasighat|पासीघाट|||IN-AR|East Siang|town
Ziro|जीरो||जीरो;Ziro|IN-AR|Lower Subansiri|town
Bomdila|बोमडिला|||IN-AR|West Kameng|town
Tezu|तेजू|||IN-AR|Lohit|town
# Assam
Guwahati|गुवाहाटी|Gauhati;गौहाटी||IN-AS|Kamrup Metropolitan|city
Dispur|दिसपुर|||IN-AS|Kamrup Metropolitan|city
Silchar|सिलचर|||IN-AS|Cachar|city
Tezpur|तेजपुर|||IN-AS|Sonitpur|city
Digboi|डिगबोई|||IN-AS|Tinsukia|town
North Lakhimpur|उत्तर लखीमपुर|नॉर्थ लखीमपुर||IN-AS|Lakhimpur|town
Diphu|दीफू|दिफू||IN-AS|Karbi Anglong|town
Haflong|हाफलोंग|||IN-AS|Dima Hasao|town
Numaligarh|नुमालीगढ़|||IN-AS|Golaghat|industrial_area
Sualkuchi|सुआलकुची|||IN-AS|Kamrup|town
# Bihar
Bihar Sharif|बिहारशरीफ|बिहार शरीफ;Biharsharif||IN-BR|Nalanda|city
Rajgir|राजगीर|||IN-BR|Nalanda|town
Hajipur|हाजीपुर|||IN-BR|Vaishali|city
Chhapra|छपरा|Chapra||IN-BR|Saran|city
Motihari|मोतिहारी|||IN-BR|Purbi Champaran|city
Raxaul|रक्सौल|||IN-BR|Purbi Champaran|town
Bettiah|बेतिया|||IN-BR|Pashchim Champaran|city
Sasaram|सासाराम|||IN-BR|Rohtas|city
Dehri|डेहरी|Dehri-on-Sone;Dehri on Sone;डेहरी ऑन सोन;डेहरी-ऑन-सोन||IN-BR|Rohtas|town
Arrah|आरा|Ara|आरा;Ara|IN-BR|Bhojpur|city
Danapur|दानापुर|||IN-BR|Patna|town
Bihta|बिहटा|||IN-BR|Patna|industrial_area
Fatuha|फतुहा|||IN-BR|Patna|town
Mokama|मोकामा|||IN-BR|Patna|town
Barauni|बरौनी|||IN-BR|Begusarai|industrial_area
Bodh Gaya|बोधगया|बोध गया;Bodhgaya||IN-BR|Gaya|town
Forbesganj|फारबिसगंज|फारबिसगंज||IN-BR|Araria|town
Jamalpur|जमालपुर||जमालपुर;Jamalpur|IN-BR|Munger|town
Kahalgaon|कहलगांव|||IN-BR|Bhagalpur|town
# Chandigarh
Manimajra|मनीमाजरा|मणिमाजरा||IN-CH|Chandigarh|town
# Chhattisgarh
Bhilai|भिलाई|Bhilai Nagar;भिलाई नगर;भिलाईनगर||IN-CG|Durg|city
Hathkhoj|हथखोज|||IN-CG|Durg|industrial_area
Borai|बोरई|||IN-CG|Durg|industrial_area
Kumhari|कुम्हारी|||IN-CG|Durg|town
Urla|उरला|||IN-CG|Raipur|industrial_area
Siltara|सिलतरा|||IN-CG|Raipur|industrial_area
Nava Raipur|नवा रायपुर|Naya Raipur;नया रायपुर;Atal Nagar;अटल नगर;Nava Raipur Atal Nagar||IN-CG|Raipur|city
Tilda|तिल्दा|तिल्दा-नेवरा;Tilda Neora||IN-CG|Raipur|town
Bhatapara|भाटापारा|||IN-CG|Baloda Bazar|town
Dalli Rajhara|दल्लीराजहरा|दल्ली राजहरा||IN-CG|Balod|town
Ambikapur|अंबिकापुर|अम्बिकापुर||IN-CG|Surguja|city
Jagdalpur|जगदलपुर|||IN-CG|Bastar|city
Chirmiri|चिरमिरी|Chirimiri||IN-CG|Manendragarh Chirmiri Bharatpur|town
Manendragarh|मनेंद्रगढ़|मनेन्द्रगढ़||IN-CG|Manendragarh Chirmiri Bharatpur|town
Kawardha|कवर्धा|||IN-CG|Kabirdham|town
Dongargarh|डोंगरगढ़|||IN-CG|Rajnandgaon|town
Champa|चांपा|||IN-CG|Janjgir-Champa|town
# Dadra and Nagar Haveli and Daman and Diu
Silvassa|सिलवासा|सिलवास||IN-DH|Dadra and Nagar Haveli|city
# Delhi
Delhi|दिल्ली|||IN-DL||city
Okhla|ओखला|Okhla Industrial Area;ओखला इंडस्ट्रियल एरिया;ओखला औद्योगिक क्षेत्र||IN-DL|South East Delhi|industrial_area
Narela|नरेला|||IN-DL|North Delhi|industrial_area
Bawana|बवाना|||IN-DL|North West Delhi|industrial_area
Rohini|रोहिणी||रोहिणी;Rohini|IN-DL|North West Delhi|city
Mayapuri|मायापुरी|||IN-DL|West Delhi|industrial_area
Mundka|मुंडका|||IN-DL|West Delhi|industrial_area
Kirti Nagar|कीर्ति नगर|कीर्तिनगर||IN-DL|West Delhi|industrial_area
Patparganj|पटपड़गंज|||IN-DL|East Delhi|industrial_area
Najafgarh|नजफगढ़|||IN-DL|South West Delhi|town
# Goa
Panaji|पणजी|Panjim;पंजिम;पणजी||IN-GA|North Goa|city
Mapusa|मापुसा|म्हापसा||IN-GA|North Goa|town
Ponda|पोंडा|फोंडा||IN-GA|North Goa|town
Margao|मडगांव|Madgaon;मारगाव;मारगांव||IN-GA|South Goa|city
Vasco|वास्को|Vasco-Mormugao;वास्को-मुरगांव|वास्को डी गामा;वास्को-द-गामा;Vasco da Gama|IN-GA|South Goa|city
Verna|वेर्णा|Verna Industrial Estate;वेरना||IN-GA|South Goa|industrial_area
# Gujarat
Sanand|साणंद||सानंद|IN-GJ|Ahmedabad|town
Changodar|चांगोदर|||IN-GJ|Ahmedabad|industrial_area
Vatva|वटवा|Vatva GIDC;वटवा जीआईडीसी||IN-GJ|Ahmedabad|industrial_area
Naroda|नरोडा|Naroda GIDC||IN-GJ|Ahmedabad|industrial_area
Odhav|ओढव|||IN-GJ|Ahmedabad|industrial_area
Kathwada|कठवाड़ा|||IN-GJ|Ahmedabad|industrial_area
Bavla|बावला||बावला|IN-GJ|Ahmedabad|town
Viramgam|वीरमगाम|||IN-GJ|Ahmedabad|town
Dholera|धोलेरा|Dholera SIR;धोलेरा एसआईआर||IN-GJ|Ahmedabad|industrial_area
Vapi|वापी|||IN-GJ|Valsad|city
Sarigam|सरीगाम|||IN-GJ|Valsad|industrial_area
Umbergaon|उमरगाम|Umargam;उम्बरगांव||IN-GJ|Valsad|industrial_area
Ankleshwar|अंकलेश्वर|Anklesvar||IN-GJ|Bharuch|city
Dahej|दहेज||दहेज;Dahej|IN-GJ|Bharuch|industrial_area
Jhagadia|झगड़िया|||IN-GJ|Bharuch|industrial_area
Panoli|पानोली|||IN-GJ|Bharuch|industrial_area
Hazira|हजीरा|||IN-GJ|Surat|industrial_area
Sachin|सचिन||सचिन;Sachin|IN-GJ|Surat|industrial_area
Pandesara|पांडेसरा|||IN-GJ|Surat|industrial_area
Bardoli|बारडोली|||IN-GJ|Surat|town
Halol|हालोल|||IN-GJ|Panchmahal|industrial_area
Godhra|गोधरा|||IN-GJ|Panchmahal|city
Kalol|कलोल|||IN-GJ|Gandhinagar|town
GIFT City|गिफ्ट सिटी|Gujarat International Finance Tec-City;गिफ्ट सिटी गांधीनगर||IN-GJ|Gandhinagar|industrial_area
Mundra|मुंद्रा|Mundra Port;मुंद्रा पोर्ट||IN-GJ|Kachchh|industrial_area
Gandhidham|गांधीधाम|||IN-GJ|Kachchh|city
Kandla|कांडला|Deendayal Port;दीनदयाल पोर्ट||IN-GJ|Kachchh|industrial_area
Anjar|अंजार|||IN-GJ|Kachchh|town
Bhuj|भुज|||IN-GJ|Kachchh|city
Wankaner|वांकानेर|||IN-GJ|Morbi|town
Jetpur|जेतपुर|||IN-GJ|Rajkot|town
Gondal|गोंडल|||IN-GJ|Rajkot|town
Shapar|शापर|Shapar Veraval;शापर वेरावल||IN-GJ|Rajkot|industrial_area
Alang|अलंग|||IN-GJ|Bhavnagar|industrial_area
Palitana|पालीताणा|पालिताना||IN-GJ|Bhavnagar|town
Palanpur|पालनपुर|||IN-GJ|Banaskantha|city
Deesa|डीसा|||IN-GJ|Banaskantha|town
Himmatnagar|हिम्मतनगर|||IN-GJ|Sabarkantha|city
Unjha|ऊंझा|||IN-GJ|Mahesana|town
Nadiad|नडियाद|||IN-GJ|Kheda|city
Khambhat|खंभात|Cambay||IN-GJ|Anand|town
Veraval|वेरावल|||IN-GJ|Gir Somnath|town
Somnath|सोमनाथ||सोमनाथ;Somnath|IN-GJ|Gir Somnath|town
Makarpura|मकरपुरा|Makarpura GIDC||IN-GJ|Vadodara|industrial_area
Savli|सावली|||IN-GJ|Vadodara|industrial_area
Baroda|बड़ौदा||बड़ौदा;Baroda|IN-GJ|Vadodara|city
Pipavav|पीपावाव|Pipavav Port||IN-GJ|Amreli|industrial_area
Thangadh|थानगढ़|||IN-GJ|Surendranagar|town
# Haryana
Manesar|मानेसर|IMT Manesar;आईएमटी मानेसर||IN-HR|Gurugram|industrial_area
Sohna|सोहना|||IN-HR|Gurugram|town
Dharuhera|धारूहेड़ा|धारुहेड़ा||IN-HR|Rewari|industrial_area
Bawal|बावल|||IN-HR|Rewari|industrial_area
Bahadurgarh|बहादुरगढ़|||IN-HR|Jhajjar|city
Kundli|कुंडली|Kundli Industrial Area|कुंडली;Kundli|IN-HR|Sonipat|industrial_area
Murthal|मुरथल|||IN-HR|Sonipat|town
Ganaur|गन्नौर|गनौर||IN-HR|Sonipat|town
Gohana|गोहाना|||IN-HR|Sonipat|town
Kharkhoda|खरखौदा|IMT Kharkhoda;आईएमटी खरखौदा||IN-HR|Sonipat|industrial_area
Jagadhri|जगाधरी|||IN-HR|Yamunanagar|city
Ballabgarh|बल्लभगढ़|||IN-HR|Faridabad|city
Hansi|हांसी|||IN-HR|Hisar|town
Narnaul|नारनौल|||IN-HR|Mahendragarh|city
Samalkha|समालखा|||IN-HR|Panipat|town
Pinjore|पिंजौर|||IN-HR|Panchkula|town
Kalka|कालका||कालका|IN-HR|Panchkula|town
Sampla|सांपला|||IN-HR|Rohtak|town
# Himachal Pradesh
Baddi|बद्दी|||IN-HP|Solan|industrial_area
Nalagarh|नालागढ़|||IN-HP|Solan|town
Parwanoo|परवाणू|परवाणु||IN-HP|Solan|industrial_area
Barotiwala|बरोटीवाला|||IN-HP|Solan|industrial_area
Kasauli|कसौली|||IN-HP|Solan|town
Kala Amb|काला अंब|कालाअंब||IN-HP|Sirmaur|industrial_area
Paonta Sahib|पांवटा साहिब|पांवटा;Poanta Sahib||IN-HP|Sirmaur|town
Nahan|नाहन|||IN-HP|Sirmaur|town
Dharamshala|धर्मशाला|Dharamsala|धर्मशाला|IN-HP|Kangra|city
Palampur|पालमपुर|||IN-HP|Kangra|town
Manali|मनाली|||IN-HP|Kullu|town
Sundernagar|सुंदरनगर|Sundar Nagar||IN-HP|Mandi|town
Gagret|गगरेट|||IN-HP|Una|industrial_area
Dalhousie|डलहौजी|||IN-HP|Chamba|town
Rampur Bushahr|रामपुर बुशहर|||IN-HP|Shimla|town
# Jammu and Kashmir
Bari Brahmana|बड़ी ब्राह्मणा|बाड़ी ब्राह्मणा||IN-JK|Samba|industrial_area
Sopore|सोपोर|||IN-JK|Baramulla|town
Gulmarg|गुलमर्ग|||IN-JK|Baramulla|town
Pampore|पंपोर|पाम्पोर||IN-JK|Pulwama|town
Katra|कटरा||कटरा;Katra|IN-JK|Reasi|town
Akhnoor|अखनूर|||IN-JK|Jammu|town
Pahalgam|पहलगाम|||IN-JK|Anantnag|town
# Jharkhand
Jamshedpur|जमशेदपुर|Tatanagar;टाटानगर||IN-JH|East Singhbhum|city
Ghatshila|घाटशिला|||IN-JH|East Singhbhum|town
Adityapur|आदित्यपुर|||IN-JH|Saraikela Kharsawan|industrial_area
Gamharia|गम्हरिया|||IN-JH|Saraikela Kharsawan|industrial_area
Chaibasa|चाईबासा|||IN-JH|West Singhbhum|town
Jhumri Telaiya|झुमरी तिलैया|Jhumri Tilaiya||IN-JH|Koderma|town
Sindri|सिंदरी|||IN-JH|Dhanbad|town
Jharia|झरिया|||IN-JH|Dhanbad|town
Daltonganj|डालटनगंज|Medininagar;मेदिनीनगर||IN-JH|Palamu|town
Chas|चास|||IN-JH|Bokaro|town
# Karnataka
Bengaluru|बेंगलुरु|Bangalore;बैंगलोर;बंगलौर;बेंगलूरु;बंगलुरु;बेंगलौर||IN-KA|Bengaluru Urban|city
Peenya|पीन्या|Peenya Industrial Area||IN-KA|Bengaluru Urban|industrial_area
Whitefield|व्हाइटफील्ड|||IN-KA|Bengaluru Urban|industrial_area
Electronic City|इलेक्ट्रॉनिक सिटी|||IN-KA|Bengaluru Urban|industrial_area
Bommasandra|बोम्मसंद्रा|||IN-KA|Bengaluru Urban|industrial_area
Jigani|जिगनी|||IN-KA|Bengaluru Urban|industrial_area
Attibele|अत्तिबेले|||IN-KA|Bengaluru Urban|industrial_area
Doddaballapur|डोड्डाबल्लापुर|Doddaballapura||IN-KA|Bengaluru Rural|industrial_area
Hoskote|होसकोटे|||IN-KA|Bengaluru Rural|town
Nelamangala|नेलमंगला|||IN-KA|Bengaluru Rural|town
Devanahalli|देवनहल्ली|||IN-KA|Bengaluru Rural|town
Bidadi|बिदादी|||IN-KA|Bengaluru South|industrial_area
Harohalli|हारोहल्ली|||IN-KA|Bengaluru South|industrial_area
Channapatna|चन्नापटना|||IN-KA|Bengaluru South|town
Malur|मालूर|||IN-KA|Kolar|industrial_area
Narasapura|नरसापुरा|||IN-KA|Kolar|industrial_area
Kolar Gold Fields|कोलार गोल्ड फील्ड्स||KGF;केजीएफ|IN-KA|Kolar|town
Mangaluru|मंगलुरु|Mangalore;मंगलौर;मैंगलोर;मंगलूरु;मेंगलुरु||IN-KA|Dakshina Kannada|city
Hubballi|हुब्बल्ली|Hubli;हुबली;Hubli-Dharwad;हुबली-धारवाड़||IN-KA|Dharwad|city
Hosapete|होसपेट|Hospet;होस्पेट||IN-KA|Vijayanagara|city
Gokak|गोकाक|||IN-KA|Belagavi|town
Karwar|कारवार|||IN-KA|Uttara Kannada|town
Bhatkal|भटकल|||IN-KA|Uttara Kannada|town
Sirsi|सिरसी|||IN-KA|Uttara Kannada|town
Manipal|मणिपाल||मणिपाल;Manipal|IN-KA|Udupi|town
Madikeri|मडिकेरी|Mercara||IN-KA|Kodagu|town
Bhadravati|भद्रावती|||IN-KA|Shivamogga|town
# Kerala
Kochi|कोच्चि|Cochin;कोचीन;कोचिन||IN-KL|Ernakulam|city
Kakkanad|कक्कनाड|||IN-KL|Ernakulam|industrial_area
Aluva|अलुवा|Alwaye||IN-KL|Ernakulam|town
Kalamassery|कलमस्सेरी|||IN-KL|Ernakulam|industrial_area
Perumbavoor|पेरुम्बावूर|||IN-KL|Ernakulam|town
Guruvayur|गुरुवायूर|||IN-KL|Thrissur|town
Thalassery|थालास्सेरी|Tellicherry;तेलीचेरी||IN-KL|Kannur|town
Munnar|मुन्नार|||IN-KL|Idukki|town
Vizhinjam|विझिंजम|Vizhinjam Port||IN-KL|Thiruvananthapuram|industrial_area
Kanjikode|कांजीकोड|||IN-KL|Palakkad|industrial_area
# Ladakh
Drass|द्रास|Dras||IN-LA|Kargil|town
# Lakshadweep
Kavaratti|कवरत्ती|||IN-LD|Lakshadweep|town
# Madhya Pradesh
Pithampur|पीथमपुर|||IN-MP|Dhar|industrial_area
Mhow|महू|Dr. Ambedkar Nagar;डॉ. आंबेडकर नगर;डॉ. अंबेडकर नगर||IN-MP|Indore|town
Pologround|पोलोग्राउंड|||IN-MP|Indore|industrial_area
Mandideep|मंडीदीप|||IN-MP|Raisen|industrial_area
Sanchi|सांची||सांची|IN-MP|Raisen|town
Govindpura|गोविंदपुरा|||IN-MP|Bhopal|industrial_area
Maihar|मैहर|||IN-MP|Satna|town
Mauganj|मऊगंज|||IN-MP|Rewa|town
Pandhurna|पांढुर्णा|पांढुरना||IN-MP|Chhindwara|town
Nagda|नागदा|||IN-MP|Ujjain|town
Vikram Udyogpuri|विक्रम उद्योगपुरी|||IN-MP|Ujjain|industrial_area
Itarsi|इटारसी|||IN-MP|Narmadapuram|town
Dabra|डबरा|||IN-MP|Gwalior|town
Malanpur|मालनपुर|||IN-MP|Bhind|industrial_area
Banmore|बानमौर|||IN-MP|Morena|industrial_area
Chanderi|चंदेरी|||IN-MP|Ashoknagar|town
Maheshwar|महेश्वर||महेश्वर;Maheshwar|IN-MP|Khargone|town
Nimrani|निमरानी|||IN-MP|Khargone|industrial_area
Khajuraho|खजुराहो|||IN-MP|Chhatarpur|town
Orchha|ओरछा|||IN-MP|Niwari|town
Bina|बीना||बीना;Bina|IN-MP|Sagar|town
Meghnagar|मेघनगर|||IN-MP|Jhabua|industrial_area
Maksi|मक्सी|||IN-MP|Shajapur|industrial_area
# Maharashtra
Navi Mumbai|नवी मुंबई|New Bombay;नई मुंबई||IN-MH|Thane|city
Vashi|वाशी|||IN-MH|Thane|city
Bhiwandi|भिवंडी|||IN-MH|Thane|city
Kalyan|कल्याण|Kalyan-Dombivli;कल्याण-डोंबिवली|कल्याण;Kalyan|IN-MH|Thane|city
Dombivli|डोंबिवली|Dombivali||IN-MH|Thane|city
Ulhasnagar|उल्हासनगर|||IN-MH|Thane|city
Ambernath|अंबरनाथ|||IN-MH|Thane|city
Badlapur|बदलापुर|||IN-MH|Thane|town
Mira-Bhayandar|मीरा-भायंदर|Mira Bhayandar;Mira Road;मीरा रोड;मीरा भाईंदर||IN-MH|Thane|city
Vasai-Virar|वसई-विरार|Vasai;वसई;Virar;विरार||IN-MH|Palghar|city
Boisar|बोईसर|Tarapur MIDC;तारापुर एमआईडीसी|तारापुर;Tarapur|IN-MH|Palghar|industrial_area
Pimpri-Chinchwad|पिंपरी-चिंचवड|Pimpri;पिंपरी;Chinchwad;चिंचवड;पिंपरी-चिंचवड़||IN-MH|Pune|city
Chakan|चाकण|चाकन||IN-MH|Pune|industrial_area
Bhosari|भोसरी|||IN-MH|Pune|industrial_area
Hinjewadi|हिंजवडी|Hinjawadi;हिंजेवाड़ी||IN-MH|Pune|industrial_area
Talegaon|तलेगांव|Talegaon Dabhade;तलेगांव दाभाडे||IN-MH|Pune|industrial_area
Ranjangaon|रांजणगांव|रांजनगांव||IN-MH|Pune|industrial_area
Kurkumbh|कुरकुंभ|||IN-MH|Pune|industrial_area
Baramati|बारामती|||IN-MH|Pune|town
Lonavala|लोनावला|||IN-MH|Pune|town
Waluj|वालुज|Waluj MIDC;वालुज एमआईडीसी||IN-MH|Chhatrapati Sambhajinagar|industrial_area
Shendra|शेंद्रा|Shendra MIDC||IN-MH|Chhatrapati Sambhajinagar|industrial_area
Chikalthana|चिकलठाणा|||IN-MH|Chhatrapati Sambhajinagar|industrial_area
Ichalkaranji|इचलकरंजी|||IN-MH|Kolhapur|city
Kagal|कागल|||IN-MH|Kolhapur|industrial_area
Gokul Shirgaon|गोकुल शिरगांव|||IN-MH|Kolhapur|industrial_area
Malegaon|मालेगांव|||IN-MH|Nashik|city
Satpur|सातपुर|||IN-MH|Nashik|industrial_area
Ambad|अंबड|||IN-MH|Nashik|industrial_area
Sinnar|सिन्नर|||IN-MH|Nashik|industrial_area
Butibori|बुटीबोरी|||IN-MH|Nagpur|industrial_area
Hingna|हिंगना|||IN-MH|Nagpur|industrial_area
MIHAN|मिहान|||IN-MH|Nagpur|industrial_area
Kamptee|कामठी|Kamthi||IN-MH|Nagpur|town
Panvel|पनवेल|||IN-MH|Raigad|city
Taloja|तलोजा|||IN-MH|Raigad|industrial_area
Uran|उरण|||IN-MH|Raigad|town
Nhava Sheva|न्हावा शेवा|JNPT;जेएनपीटी;JNPA;जेएनपीए;Jawaharlal Nehru Port;जवाहरलाल नेहरू पोर्ट||IN-MH|Raigad|industrial_area
Khopoli|खोपोली|||IN-MH|Raigad|town
Mahad|महाड|||IN-MH|Raigad|industrial_area
Chiplun|चिपलून|||IN-MH|Ratnagiri|town
Karad|कराड|||IN-MH|Satara|town
Shirdi|शिरडी|||IN-MH|Ahilyanagar|town
Pandharpur|पंढरपुर|||IN-MH|Solapur|town
Miraj|मिरज|||IN-MH|Sangli|city
Bhusawal|भुसावल|||IN-MH|Jalgaon|town
Dharavi|धारावी|||IN-MH|Mumbai|industrial_area
Andheri|अंधेरी||अंधेरी;Andheri|IN-MH|Mumbai Suburban|city
# Manipur
Imphal|इंफाल|इम्फाल||IN-MN|Imphal West|city
Moreh|मोरेह|||IN-MN|Tengnoupal|town
# Meghalaya
Shillong|शिलांग|शिलॉन्ग||IN-ML|East Khasi Hills|city
Tura|तुरा|||IN-ML|West Garo Hills|town
Jowai|जोवाई|||IN-ML|West Jaintia Hills|town
Byrnihat|बर्नीहाट|||IN-ML|Ri Bhoi|industrial_area
# Mizoram
Vairengte|वैरेंगटे|||IN-MZ|Kolasib|town
# Nagaland
Medziphema|मेडजीफेमा|||IN-NL|Chumoukedima|town
# Odisha
Bhubaneswar|भुवनेश्वर|Bhubaneshwar||IN-OR|Khordha|city
Rourkela|राउरकेला|राउरकेला स्टील सिटी||IN-OR|Sundargarh|city
Paradip|पारादीप|Paradeep||IN-OR|Jagatsinghapur|industrial_area
Kalinganagar|कलिंगनगर|Kalinga Nagar;कलिंग नगर||IN-OR|Jajpur|industrial_area
Talcher|तालचेर|||IN-OR|Angul|town
Brahmapur|ब्रह्मपुर|Berhampur|बरहमपुर|IN-OR|Ganjam|city
Gopalpur|गोपालपुर||गोपालपुर;Gopalpur|IN-OR|Ganjam|industrial_area
Baripada|बारीपदा|||IN-OR|Mayurbhanj|town
Konark|कोणार्क|कोणार्क||IN-OR|Puri|town
Bhawanipatna|भवानीपटना|||IN-OR|Kalahandi|town
Hirakud|हीराकुंड|||IN-OR|Sambalpur|town
Dhamra|धामरा|Dhamra Port||IN-OR|Bhadrak|industrial_area
Choudwar|चौद्वार|||IN-OR|Cuttack|town
Damanjodi|दामनजोड़ी|||IN-OR|Koraput|industrial_area
# Puducherry
Ozhukarai|ओझुकरई|Oulgaret||IN-PY|Puducherry|city
# Punjab
Mandi Gobindgarh|मंडी गोबिंदगढ़|Gobindgarh;गोबिंदगढ़||IN-PB|Fatehgarh Sahib|city
Sirhind|सरहिंद|||IN-PB|Fatehgarh Sahib|town
Batala|बटाला|||IN-PB|Gurdaspur|city
Khanna|खन्ना||खन्ना;Khanna|IN-PB|Ludhiana|city
Jagraon|जगरांव|||IN-PB|Ludhiana|town
Phagwara|फगवाड़ा|||IN-PB|Kapurthala|city
Rajpura|राजपुरा|||IN-PB|Patiala|city
Nabha|नाभा|||IN-PB|Patiala|town
Zirakpur|जीरकपुर|||IN-PB|Sahibzada Ajit Singh Nagar|city
Dera Bassi|डेराबस्सी|डेरा बस्सी;Derabassi||IN-PB|Sahibzada Ajit Singh Nagar|industrial_area
Kharar|खरड़|||IN-PB|Sahibzada Ajit Singh Nagar|town
Abohar|अबोहर|||IN-PB|Fazilka|city
Malout|मलोट|||IN-PB|Sri Muktsar Sahib|town
Sunam|सुनाम|||IN-PB|Sangrur|town
Dhuri|धूरी||धूरी;Dhuri|IN-PB|Sangrur|town
Anandpur Sahib|आनंदपुर साहिब|||IN-PB|Rupnagar|town
Goraya|गोराया|||IN-PB|Jalandhar|town
Kotkapura|कोटकपूरा|कोटकपुरा||IN-PB|Faridkot|town
Goindwal Sahib|गोइंदवाल साहिब|Goindwal||IN-PB|Tarn Taran|industrial_area
# Rajasthan
Bhiwadi|भिवाड़ी|||IN-RJ|Alwar|industrial_area
Neemrana|नीमराणा|नीमराना||IN-RJ|Alwar|industrial_area
Behror|बहरोड़|||IN-RJ|Alwar|town
Khairthal|खैरथल|||IN-RJ|Alwar|town
Tijara|तिजारा|||IN-RJ|Alwar|town
Kotputli|कोटपूतली|कोटपुतली||IN-RJ|Jaipur|town
Sitapura|सीतापुरा|Sitapura Industrial Area||IN-RJ|Jaipur|industrial_area
Vishwakarma Industrial Area|विश्वकर्मा इंडस्ट्रियल एरिया|VKI Area;वीकेआई एरिया;विश्वकर्मा औद्योगिक क्षेत्र||IN-RJ|Jaipur|industrial_area
Sanganer|सांगानेर|||IN-RJ|Jaipur|town
Bagru|बगरू|||IN-RJ|Jaipur|town
Makrana|मकराना|||IN-RJ|Nagaur|town
Didwana|डीडवाना|||IN-RJ|Nagaur|town
Kuchaman|कुचामन|Kuchaman City;कुचामन सिटी||IN-RJ|Nagaur|town
Kishangarh|किशनगढ़|||IN-RJ|Ajmer|city
Beawar|ब्यावर|||IN-RJ|Ajmer|city
Balotra|बालोतरा|||IN-RJ|Barmer|city
Pachpadra|पचपदरा|||IN-RJ|Barmer|industrial_area
Phalodi|फलोदी|||IN-RJ|Jodhpur|town
Boranada|बोरानाडा|||IN-RJ|Jodhpur|industrial_area
Salumbar|सलूम्बर|सलूंबर||IN-RJ|Udaipur|town
Nathdwara|नाथद्वारा|||IN-RJ|Rajsamand|town
Mount Abu|माउंट आबू|||IN-RJ|Sirohi|town
Abu Road|आबू रोड|आबूरोड||IN-RJ|Sirohi|town
Pokaran|पोकरण|Pokhran;पोखरण||IN-RJ|Jaisalmer|town
Pilani|पिलानी|||IN-RJ|Jhunjhunu|town
Khetri|खेतड़ी|||IN-RJ|Jhunjhunu|town
Deeg|डीग|||IN-RJ|Bharatpur|town
Gangapur City|गंगापुर सिटी|||IN-RJ|Sawai Madhopur|town
Hindaun|हिंडौन|Hindaun City;हिंडौन सिटी||IN-RJ|Karauli|town
Nimbahera|निम्बाहेड़ा|निंबाहेड़ा||IN-RJ|Chittorgarh|town
Ramganj Mandi|रामगंज मंडी|रामगंजमंडी||IN-RJ|Kota|town
# Sikkim
Rangpo|रंगपो|||IN-SK|Pakyong|town
# Tamil Nadu
Hosur|होसुर|होसूर||IN-TN|Krishnagiri|city
Sriperumbudur|श्रीपेरंबदूर|श्रीपेरुम्बुदूर;श्रीपेरुंबुदूर||IN-TN|Kanchipuram|industrial_area
Oragadam|ओरगडम|||IN-TN|Kanchipuram|industrial_area
Irungattukottai|इरुंगट्टुकोट्टई|||IN-TN|Kanchipuram|industrial_area
Sivakasi|शिवकाशी|सिवकासी;शिवकासी||IN-TN|Virudhunagar|city
Rajapalayam|राजपालयम|||IN-TN|Virudhunagar|town
Ambattur|अंबत्तूर|अम्बत्तूर||IN-TN|Chennai|industrial_area
Guindy|गिंडी|||IN-TN|Chennai|industrial_area
Tambaram|तांबरम|ताम्बरम||IN-TN|Chengalpattu|city
Maraimalai Nagar|मरैमलाई नगर|||IN-TN|Chengalpattu|industrial_area
Mamallapuram|मामल्लपुरम|Mahabalipuram;महाबलीपुरम||IN-TN|Chengalpattu|town
Avadi|आवडी|||IN-TN|Thiruvallur|city
Gummidipoondi|गुम्मिडीपूंडी|||IN-TN|Thiruvallur|industrial_area
Pollachi|पोलाची|पोल्लाची||IN-TN|Coimbatore|town
Ooty|ऊटी|Udhagamandalam;उधगमंडलम||IN-TN|The Nilgiris|town
Kumbakonam|कुंभकोणम|||IN-TN|Thanjavur|town
Nagercoil|नागरकोइल|||IN-TN|Kanniyakumari|city
Rameswaram|रामेश्वरम|||IN-TN|Ramanathapuram|town
Karaikudi|कराईकुडी|||IN-TN|Sivaganga|town
Neyveli|नेवेली|Neyveli Lignite||IN-TN|Cuddalore|industrial_area
Chidambaram|चिदंबरम||चिदंबरम;Chidambaram|IN-TN|Cuddalore|town
Mettur|मेट्टूर|||IN-TN|Salem|town
Tiruchengode|तिरुचेंगोडे|||IN-TN|Namakkal|town
Perundurai|पेरुंदुरई|||IN-TN|Erode|industrial_area
Ambur|आंबूर|अंबूर||IN-TN|Tirupathur|town
Vaniyambadi|वानियमबाडी|||IN-TN|Tirupathur|town
Arakkonam|अरक्कोणम|||IN-TN|Ranipet|town
Cheyyar|चेय्यार|||IN-TN|Tiruvannamalai|industrial_area
# Telangana
Secunderabad|सिकंदराबाद|||IN-TS|Hyderabad|city
Gachibowli|गाचीबौली|||IN-TS|Ranga Reddy|industrial_area
Shamshabad|शमशाबाद|||IN-TS|Ranga Reddy|town
Patancheru|पटानचेरू|पाटनचेरु||IN-TS|Sangareddy|industrial_area
Pashamylaram|पाशामैलारम|||IN-TS|Sangareddy|industrial_area
Zaheerabad|जहीराबाद|||IN-TS|Sangareddy|town
Jeedimetla|जीडीमेटला|||IN-TS|Medchal Malkajgiri|industrial_area
Uppal|उप्पल||उप्पल;Uppal|IN-TS|Medchal Malkajgiri|industrial_area
Nacharam|नाचारम|||IN-TS|Medchal Malkajgiri|industrial_area
Balanagar|बालानगर|||IN-TS|Medchal Malkajgiri|industrial_area
Ramagundam|रामागुंडम|||IN-TS|Peddapalli|city
Jadcherla|जडचर्ला|||IN-TS|Mahabubnagar|industrial_area
# Tripura
Agartala|अगरतला|||IN-TR|West Tripura|city
# Uttar Pradesh
Noida|नोएडा|नोयडा||IN-UP|Gautam Buddha Nagar|city
Greater Noida|ग्रेटर नोएडा|ग्रेटर नोयडा||IN-UP|Gautam Buddha Nagar|city
Jewar|जेवर||जेवर;Jewar|IN-UP|Gautam Buddha Nagar|town
Sahibabad|साहिबाबाद|||IN-UP|Ghaziabad|industrial_area
Loni|लोनी|||IN-UP|Ghaziabad|town
Modinagar|मोदीनगर|||IN-UP|Ghaziabad|town
Jajmau|जाजमऊ|||IN-UP|Kanpur Nagar|industrial_area
Panki|पनकी|||IN-UP|Kanpur Nagar|industrial_area
Khurja|खुर्जा|||IN-UP|Bulandshahr|town
Banaras|बनारस|Benares;Benaras;वाराणसी शहर||IN-UP|Varanasi|city
Kashi|काशी||काशी;Kashi|IN-UP|Varanasi|city
Naini|नैनी|||IN-UP|Prayagraj|industrial_area
Orai|उरई|||IN-UP|Jalaun|town
Mughalsarai|मुगलसराय|Pt. Deen Dayal Upadhyaya Nagar;Deen Dayal Upadhyaya Nagar;पं. दीनदयाल उपाध्याय नगर;दीनदयाल उपाध्याय नगर;डीडीयू नगर||IN-UP|Chandauli|town
Robertsganj|रॉबर्ट्सगंज|राबर्ट्सगंज||IN-UP|Sonbhadra|town
Renukoot|रेणुकूट|||IN-UP|Sonbhadra|industrial_area
Obra|ओबरा|||IN-UP|Sonbhadra|town
Chunar|चुनार|||IN-UP|Mirzapur|town
Tanda|टांडा|||IN-UP|Ambedkar Nagar|town
Mubarakpur|मुबारकपुर|||IN-UP|Azamgarh|town
Shikohabad|शिकोहाबाद|||IN-UP|Firozabad|town
Tundla|टूंडला|||IN-UP|Firozabad|town
Fatehpur Sikri|फतेहपुर सीकरी|||IN-UP|Agra|town
Vrindavan|वृंदावन|वृन्दावन||IN-UP|Mathura|town
Kosi Kalan|कोसीकलां|कोसी कलां||IN-UP|Mathura|industrial_area
Chandausi|चंदौसी|||IN-UP|Sambhal|town
Deoband|देवबंद|||IN-UP|Saharanpur|town
Kairana|कैराना|||IN-UP|Shamli|town
Nagina|नगीना||नगीना;Nagina|IN-UP|Bijnor|town
Najibabad|नजीबाबाद|||IN-UP|Bijnor|town
Amausi|अमौसी|||IN-UP|Lucknow|industrial_area
Banthar|बंथर|||IN-UP|Unnao|industrial_area
GIDA|गीडा|Gorakhpur Industrial Development Authority;गोरखपुर औद्योगिक विकास प्राधिकरण||IN-UP|Gorakhpur|industrial_area
Khalilabad|खलीलाबाद|||IN-UP|Sant Kabir Nagar|town
Padrauna|पडरौना|||IN-UP|Kushinagar|town
Pilkhuwa|पिलखुवा|||IN-UP|Hapur|town
Garhmukteshwar|गढ़मुक्तेश्वर|||IN-UP|Hapur|town
Baraut|बड़ौत|||IN-UP|Baghpat|town
Jalesar|जलेसर|||IN-UP|Etah|town
# Uttarakhand
Rudrapur|रुद्रपुर|||IN-UK|Udham Singh Nagar|city
Kashipur|काशीपुर|||IN-UK|Udham Singh Nagar|city
Sitarganj|सितारगंज|||IN-UK|Udham Singh Nagar|industrial_area
Pantnagar|पंतनगर|||IN-UK|Udham Singh Nagar|industrial_area
Kichha|किच्छा|||IN-UK|Udham Singh Nagar|town
Haldwani|हल्द्वानी|||IN-UK|Nainital|city
Roorkee|रुड़की|||IN-UK|Haridwar|city
SIDCUL Haridwar|सिडकुल हरिद्वार|Sidcul Haridwar;सिडकुल औद्योगिक क्षेत्र हरिद्वार||IN-UK|Haridwar|industrial_area
Bhagwanpur|भगवानपुर||भगवानपुर;Bhagwanpur|IN-UK|Haridwar|industrial_area
Selaqui|सेलाकुई|सेलाक्वी||IN-UK|Dehradun|industrial_area
Rishikesh|ऋषिकेश|||IN-UK|Dehradun|city
Mussoorie|मसूरी|||IN-UK|Dehradun|town
Kotdwar|कोटद्वार|||IN-UK|Pauri Garhwal|town
# West Bengal
Haldia|हल्दिया|||IN-WB|Purba Medinipur|city
Tamluk|तमलुक|||IN-WB|Purba Medinipur|town
Contai|कांथी|Kanthi||IN-WB|Purba Medinipur|town
Durgapur|दुर्गापुर|||IN-WB|Paschim Bardhaman|city
Asansol|आसनसोल|||IN-WB|Paschim Bardhaman|city
Raniganj|रानीगंज|||IN-WB|Paschim Bardhaman|town
Chittaranjan|चित्तरंजन||चित्तरंजन;Chittaranjan|IN-WB|Paschim Bardhaman|town
Siliguri|सिलीगुड़ी|||IN-WB|Darjeeling|city
Kharagpur|खड़गपुर|Kharagpur||IN-WB|Paschim Medinipur|city
Medinipur|मेदिनीपुर|Midnapore;मिदनापुर||IN-WB|Paschim Medinipur|city
Bardhaman|बर्धमान|Burdwan;बर्दवान||IN-WB|Purba Bardhaman|city
Kalyani|कल्याणी||कल्याणी;Kalyani|IN-WB|Nadia|city
Krishnanagar|कृष्णनगर|||IN-WB|Nadia|city
Barrackpore|बैरकपुर|||IN-WB|North 24 Parganas|city
Salt Lake|साल्ट लेक|Bidhannagar;विधाननगर;Salt Lake City||IN-WB|North 24 Parganas|city
New Town|न्यू टाउन|Rajarhat;राजारहाट|न्यू टाउन;New Town|IN-WB|North 24 Parganas|city
Dum Dum|दमदम|दम दम||IN-WB|North 24 Parganas|city
Dankuni|डानकुनी|||IN-WB|Hooghly|industrial_area
Singur|सिंगूर|||IN-WB|Hooghly|town
Serampore|श्रीरामपुर|Srirampur;सेरामपुर||IN-WB|Hooghly|city
Chandannagar|चंदननगर|Chandernagore||IN-WB|Hooghly|city
Uluberia|उलुबेड़िया|||IN-WB|Howrah|town
Budge Budge|बजबज|||IN-WB|South 24 Parganas|town
Diamond Harbour|डायमंड हार्बर|||IN-WB|South 24 Parganas|town
Falta|फाल्टा|Falta SEZ||IN-WB|South 24 Parganas|industrial_area
Berhampore|बहरामपुर|Baharampur||IN-WB|Murshidabad|city
English Bazar|इंग्लिश बाजार|Englishbazar||IN-WB|Malda|city
Raiganj|रायगंज|||IN-WB|Uttar Dinajpur|city
Balurghat|बालुरघाट|||IN-WB|Dakshin Dinajpur|town
Bolpur|बोलपुर|Santiniketan;शांतिनिकेतन||IN-WB|Birbhum|town
"""

# --------------------------------------------------------------------------------------------
# Stop phrases: contain a place name but are no mention of the place (banks, sports teams,
# companies, newspapers, other countries, history). The matcher skips them.
# --------------------------------------------------------------------------------------------
STOP_PHRASES = """
# Banks named after a place
पंजाब नेशनल बैंक
पंजाब नैशनल बैंक
Punjab National Bank
पंजाब एंड सिंध बैंक
पंजाब एण्ड सिंध बैंक
पंजाब और सिंध बैंक
Punjab & Sind Bank
Punjab and Sind Bank
बैंक ऑफ बड़ौदा
बैंक आफ बड़ौदा
Bank of Baroda
बड़ौदा यूपी बैंक
बड़ौदा उत्तर प्रदेश ग्रामीण बैंक
Baroda UP Bank
बड़ौदा राजस्थान क्षेत्रीय ग्रामीण बैंक
बड़ौदा गुजरात ग्रामीण बैंक
बैंक ऑफ महाराष्ट्र
बैंक आफ महाराष्ट्र
Bank of Maharashtra
कर्नाटक बैंक
कर्नाटका बैंक
Karnataka Bank
जम्मू एंड कश्मीर बैंक
जम्मू-कश्मीर बैंक
जम्मू और कश्मीर बैंक
J&K Bank
Jammu and Kashmir Bank
Jammu & Kashmir Bank
तमिलनाड मर्केंटाइल बैंक
Tamilnad Mercantile Bank
करूर वैश्य बैंक
Karur Vysya Bank
नैनीताल बैंक
Nainital Bank
आंध्रा बैंक
Andhra Bank
इलाहाबाद बैंक
Allahabad Bank
स्टेट बैंक ऑफ हैदराबाद
स्टेट बैंक ऑफ मैसूर
स्टेट बैंक ऑफ पटियाला
स्टेट बैंक ऑफ बीकानेर एंड जयपुर
State Bank of Hyderabad
State Bank of Mysore
State Bank of Patiala
State Bank of Bikaner and Jaipur
# Stock exchange, companies and brands
बॉम्बे स्टॉक एक्सचेंज
बंबई स्टॉक एक्सचेंज
बम्बई स्टॉक एक्सचेंज
Bombay Stock Exchange
बॉम्बे डाइंग
Bombay Dyeing
बॉम्बे हाई
Bombay High
गुजरात गैस
Gujarat Gas
गुजरात स्टेट पेट्रोनेट
Gujarat State Petronet
मद्रास फर्टिलाइजर्स
Madras Fertilizers
मणिपाल हॉस्पिटल
मणिपाल अस्पताल
Manipal Hospitals
दिल्ली पब्लिक स्कूल
Delhi Public School
# Newspapers
पंजाब केसरी
Punjab Kesari
राजस्थान पत्रिका
Rajasthan Patrika
# Sports teams
गुजरात टाइटंस
Gujarat Titans
गुजरात जायंट्स
Gujarat Giants
दिल्ली कैपिटल्स
Delhi Capitals
लखनऊ सुपर जायंट्स
Lucknow Super Giants
मुंबई इंडियंस
Mumbai Indians
चेन्नई सुपर किंग्स
Chennai Super Kings
कोलकाता नाइट राइडर्स
Kolkata Knight Riders
पंजाब किंग्स
Punjab Kings
राजस्थान रॉयल्स
Rajasthan Royals
रॉयल चैलेंजर्स बेंगलुरु
रॉयल चैलेंजर्स बैंगलोर
Royal Challengers Bengaluru
Royal Challengers Bangalore
सनराइजर्स हैदराबाद
Sunrisers Hyderabad
यूपी वॉरियर्स
UP Warriorz
केरल ब्लास्टर्स
केरला ब्लास्टर्स
Kerala Blasters
बेंगलुरु एफसी
Bengaluru FC
मुंबई सिटी एफसी
Mumbai City FC
पटना पाइरेट्स
Patna Pirates
जयपुर पिंक पैंथर्स
Jaipur Pink Panthers
बंगाल वॉरियर्स
Bengal Warriors
हरियाणा स्टीलर्स
Haryana Steelers
यूपी योद्धा
UP Yoddhas
दबंग दिल्ली
Dabang Delhi
# Political parties
वाईएसआर कांग्रेस
YSR Congress
# Buildings in Delhi named after other places
हैदराबाद हाउस
Hyderabad House
बीकानेर हाउस
Bikaner House
# Other countries, seas and regions outside India
दक्षिण कोरिया
उत्तर कोरिया
South Korea
North Korea
बंगाल की खाड़ी
Bay of Bengal
अरब सागर
Arabian Sea
पाक अधिकृत कश्मीर
पाकिस्तान अधिकृत कश्मीर
गुलाम कश्मीर
Pakistan-occupied Kashmir
Pakistan occupied Kashmir
# History and idioms
शिमला समझौता
Simla Agreement
Shimla Agreement
सूरत-ए-हाल
# Infrastructure corridors named after their end points
दिल्ली-मुंबई औद्योगिक गलियारा
दिल्ली-मुंबई इंडस्ट्रियल कॉरिडोर
Delhi-Mumbai Industrial Corridor
अमृतसर-कोलकाता औद्योगिक गलियारा
Amritsar-Kolkata Industrial Corridor
चेन्नई-बेंगलुरु औद्योगिक गलियारा
Chennai-Bengaluru Industrial Corridor
"""

ISO_RE = re.compile(r"^IN-[A-Z]{2}$")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")

NUKTA_MAP = {
    "\u0958": "\u0915", "\u0959": "\u0916", "\u095A": "\u0917", "\u095B": "\u091C",
    "\u095C": "\u0921", "\u095D": "\u0922", "\u095E": "\u092B", "\u095F": "\u092F",
}


def fold(s):
    """Approximation of the matcher's normalization, used only for the checks here:
    Latin lower case, nukta folded, chandrabindu -> anusvara, virama and ZW(N)J dropped,
    hyphen/space differences ignored."""
    s = unicodedata.normalize("NFC", s)
    s = "".join(NUKTA_MAP.get(c, c) for c in s)
    s = s.replace("\u093C", "").replace("\u0901", "\u0902").replace("\u094D", "")
    s = s.replace("\u200C", "").replace("\u200D", "")
    s = s.lower()
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def split_list(s):
    return [x.strip() for x in s.split(";") if x.strip()] if s else []


def table_rows(text, nfields):
    rows = []
    for ln, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != nfields:
            raise SystemExit(f"table line {ln}: {len(parts)} fields, want {nfields}: {line}")
        rows.append([p.strip() for p in parts])
    return rows


def title_case(lgd_name):
    small = {"and", "of"}
    out = []
    for i, w in enumerate(lgd_name.strip().lower().split()):
        parts = []
        for p in w.split("-"):
            parts.append(p if (p in small and i > 0) else p[:1].upper() + p[1:])
        out.append("-".join(parts))
    return " ".join(out)


def clean_lists(name_en, name_hi, aliases, ctx):
    """Drop aliases that fold to name_hi/name_en or to an earlier alias; keep context aliases
    out of the plain aliases (a name is either plain or context, never both)."""
    ctx_out, seen_ctx = [], set()
    for c in ctx:
        f = fold(c)
        if f not in seen_ctx:
            seen_ctx.add(f)
            ctx_out.append(c)
    seen = {fold(name_hi), fold(name_en)} | seen_ctx
    al_out = []
    for a in aliases:
        f = fold(a)
        if f in seen:
            continue
        seen.add(f)
        al_out.append(a)
    return al_out, ctx_out


def check_text(field, value, where):
    for ch in ",\"\n\r":
        if ch in value and field != "name_en":
            raise SystemExit(f"{where}: character {ch!r} in {field}: {value}")
    if value != value.strip():
        raise SystemExit(f"{where}: stray whitespace in {field}: {value!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default=DEFAULT_REF)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check-only", action="store_true", help="build and check, write nothing")
    args = ap.parse_args()

    errors = []
    notes = []

    # ---- LGD states and districts ----
    with open(os.path.join(args.ref, "sources", "lgd_1-state.csv"), encoding="utf-8") as f:
        lgd_states = list(csv.DictReader(f))
    with open(os.path.join(args.ref, "sources", "lgd_2-district.csv"), encoding="utf-8") as f:
        lgd_districts = list(csv.DictReader(f))
    lgd_state_names = {r["State Code"].strip(): r["State Name"].strip() for r in lgd_states}

    # ---- states ----
    states = {}
    for code, iso, en, hi, al, cx in table_rows(STATES, 6):
        states[code] = dict(iso=iso, en=en, hi=hi, aliases=split_list(al), ctx=split_list(cx))
    if set(states) != set(lgd_state_names):
        errors.append(f"STATES table vs LGD: missing {set(lgd_state_names) - set(states)}, "
                      f"extra {set(states) - set(lgd_state_names)}")
    with open(os.path.join(args.ref, "india_states_hi.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["lgd_state_code"].strip()
            if code in states and states[code]["hi"] != r["state_hi"].strip():
                notes.append(f"state {states[code]['iso']}: npm Hindi name {r['state_hi']!r} "
                             f"-> {states[code]['hi']!r}")
    iso_by_lgd = {c: s["iso"] for c, s in states.items()}

    # ---- npm Hindi base names joined to LGD codes ----
    base_hi = {}
    base_src = {}
    with open(os.path.join(args.ref, "india_districts_hi.csv"), encoding="utf-8") as f:
        npm_rows = list(csv.DictReader(f))
    used_fix = set()
    for r in npm_rows:
        key = (r["state_en"].strip(), r["district_en"].strip())
        if key in NPM_DROP:
            continue
        code = r["lgd_district_code"].strip()
        if key in NPM_JOIN_FIXES:
            code = NPM_JOIN_FIXES[key]
            used_fix.add(key)
        if not code:
            errors.append(f"npm row {key} has no LGD code and no join fix")
            continue
        hi = (r.get("district_hi_fixed") or "").strip() or r["district_hi"].strip()
        if code in base_hi:
            errors.append(f"two npm rows join LGD {code}: {base_src[code]} and {key}")
        base_hi[code] = hi
        base_src[code] = key
    for key in set(NPM_JOIN_FIXES) - used_fix:
        errors.append(f"NPM_JOIN_FIXES entry not used: {key}")

    # ---- curated district table ----
    curated = {}
    for code, en, hi, al, cx in table_rows(DISTRICTS, 5):
        if code in curated:
            errors.append(f"DISTRICTS: code {code} twice")
        curated[code] = dict(en=en, hi=hi, aliases=split_list(al), ctx=split_list(cx))

    lgd_codes = [r["District Code"].strip() for r in lgd_districts]
    if len(lgd_codes) != len(set(lgd_codes)):
        errors.append("LGD district codes are not unique")
    for code in set(curated) - set(lgd_codes):
        errors.append(f"DISTRICTS: code {code} is not an LGD district")
    for code in set(lgd_codes) - set(curated):
        errors.append(f"DISTRICTS: LGD district {code} not reviewed (missing from table)")

    districts = []
    hi_fixes = []
    for r in lgd_districts:
        code = r["District Code"].strip()
        st = r["State Code"].strip()
        iso = iso_by_lgd.get(st)
        if not iso:
            errors.append(f"district {code}: unknown LGD state {st}")
            continue
        c = curated.get(code, dict(en="", hi="", aliases=[], ctx=[]))
        en = c["en"] or title_case(r["District Name"])
        hi = c["hi"] or base_hi.get(code, "")
        npm_hi = base_hi.get(code)
        if c["hi"] and npm_hi and c["hi"] != npm_hi:
            hi_fixes.append((code, iso, en, npm_hi, c["hi"]))
        if not npm_hi:
            hi_fixes.append((code, iso, en, "(none)", hi))
        aliases, ctx = clean_lists(en, hi, c["aliases"], c["ctx"])
        districts.append(dict(code=code, iso=iso, en=en, hi=hi, lgd_en=r["District Name"].strip(),
                              aliases=aliases, ctx=ctx))

    by_state_en = {}
    for d in districts:
        key = (d["iso"], d["en"])
        if key in by_state_en:
            errors.append(f"two districts named {key}")
        by_state_en[key] = d
        if not d["en"]:
            errors.append(f"district {d['code']}: empty name_en")
        if not d["hi"] or not DEVANAGARI_RE.search(d["hi"]):
            errors.append(f"district {d['code']} {d['en']}: name_hi missing or not Devanagari: {d['hi']!r}")

    # ---- places ----
    places = []
    for en, hi, al, cx, iso, dist, kind in table_rows(PLACES, 7):
        if kind not in PLACE_KINDS:
            errors.append(f"place {en}: bad kind {kind}")
        if not ISO_RE.match(iso) or iso not in iso_by_lgd.values():
            errors.append(f"place {en}: bad state {iso}")
        code = ""
        if dist:
            d = by_state_en.get((iso, dist))
            if not d:
                errors.append(f"place {en}: district {dist!r} not found in {iso}")
            else:
                code = d["code"]
        aliases, ctx = clean_lists(en, hi, split_list(al), split_list(cx))
        places.append(dict(en=en, hi=hi, aliases=aliases, ctx=ctx, code=code, iso=iso, kind=kind))

    stop = [ln.strip() for ln in STOP_PHRASES.splitlines() if ln.strip()]

    # ---- state rows ----
    state_rows = []
    for code, s in sorted(states.items(), key=lambda kv: kv[1]["iso"]):
        aliases, ctx = clean_lists(s["en"], s["hi"], s["aliases"], s["ctx"])
        state_rows.append([s["iso"], code, s["en"], s["hi"], ";".join(aliases), ";".join(ctx)])
    district_rows = [[d["code"], d["iso"], d["en"], d["hi"], ";".join(d["aliases"]), ";".join(d["ctx"])]
                     for d in sorted(districts, key=lambda d: (d["iso"], d["en"]))]
    place_rows = [[p["en"], p["hi"], ";".join(p["aliases"]), ";".join(p["ctx"]), p["code"], p["iso"], p["kind"]]
                  for p in sorted(places, key=lambda p: (p["iso"], p["en"]))]

    for rows, header, what in ((state_rows, STATE_HEADER, "states"), (district_rows, DISTRICT_HEADER, "districts"),
                               (place_rows, PLACE_HEADER, "places")):
        for row in rows:
            for field, value in zip(header, row):
                check_text(field, value, f"{what} {row[0]}")

    # ---- checks on names ----
    report = check_names(states, districts, places, errors, notes)

    if errors:
        print("ERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1

    if not args.check_only:
        os.makedirs(args.out, exist_ok=True)
        write_csv(os.path.join(args.out, "states.csv"), STATE_HEADER, state_rows)
        write_csv(os.path.join(args.out, "districts.csv"), DISTRICT_HEADER, district_rows)
        write_csv(os.path.join(args.out, "places.csv"), PLACE_HEADER, place_rows)
        with open(os.path.join(args.out, "region-stop-phrases.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("# Phrases that contain a state, district or city name but are no mention of that place\n")
            f.write("# (banks, teams, companies, newspapers, other countries, corridors named after their end\n")
            f.write("# points). The region matcher skips them. One phrase per line; # starts a comment.\n")
            f.write("# Generated by tools/gazetteer/build_regions.py (table STOP_PHRASES); edit there.\n")
            f.write("# Deliberately absent: courts named after a city (मद्रास हाईकोर्ट, बॉम्बे हाईकोर्ट,\n")
            f.write("# इलाहाबाद हाईकोर्ट): the article names the city, so they count as a mention.\n")
            for line in stop:
                f.write(line + "\n")

    print(f"states: {len(state_rows)}  districts: {len(district_rows)}  places: {len(place_rows)}  "
          f"stop phrases: {sum(1 for s in stop if not s.startswith('#'))}")
    print(f"Hindi names written or corrected against the npm data: {len(hi_fixes)}")
    for code, iso, en, old, new in hi_fixes:
        print(f"  {code:>4} {iso} {en}: {old} -> {new}")
    for n in notes:
        print("note: " + n)
    print(report)
    return 0


def check_names(states, districts, places, errors, notes):
    """Alias collisions: inside a state (an error unless the pair is listed as intended) and
    across states (listed for the disambiguation step, not resolved)."""
    # fold(name) -> set of (kind, iso, id)
    owners = defaultdict(set)
    shown = {}

    def own(n, item):
        owners[fold(n)].add(item)
        shown.setdefault(fold(n), n)

    for s in states.values():
        for n in [s["hi"], s["en"]] + s["aliases"] + s["ctx"]:
            own(n, ("state", s["iso"], s["iso"]))
    for d in districts:
        for n in [d["hi"], d["en"]] + d["aliases"] + d["ctx"]:
            own(n, ("district", d["iso"], d["code"] + " " + d["en"]))
    for p in places:
        for n in [p["hi"], p["en"]] + p["aliases"] + p["ctx"]:
            own(n, ("place", p["iso"], p["en"] + (" -> " + p["code"] if p["code"] else "")))

    # Intended overlaps inside one state: a state/UT and its only or same-named district, and the
    # state-level place "Delhi".
    intended_same_state = {"चंडीगढ़", "chandigarh", "चण्डीगढ़", "लक्षद्वीप", "lakshadweep",
                           "पुडुचेरी", "पुदुचेरी", "पांडिचेरी", "pondicherry", "puducherry",
                           "दिल्ली", "delhi"}
    intended_same_state = {fold(x) for x in intended_same_state}

    within, across = [], []
    for name, own in sorted(owners.items()):
        by_iso = defaultdict(set)
        for kind, iso, ident in own:
            by_iso[iso].add((kind, ident))
        for iso, items in by_iso.items():
            if len(items) > 1 and name not in intended_same_state:
                within.append(f"  {shown[name]!r} in {iso}: " + "; ".join(sorted(f"{k} {i}" for k, i in items)))
        d_states = {iso for kind, iso, _ in own if kind in ("district", "place")}
        if len(d_states) > 1:
            across.append(f"  {shown[name]!r}: " + "; ".join(sorted(f"{k} {iso} {i}" for k, iso, i in own)))
    for w in within:
        errors.append("same name twice in one state:" + w)
    lines = [f"Names shared by districts/places of different states ({len(across)}), left for disambiguation:"]
    lines += across
    return "\n".join(lines)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
