use super::*;

#[test]
fn dates_are_written_in_each_language() {
    let en = Phrases::built_in("en");
    let es = Phrases::built_in("es");
    assert_eq!(en.date(2026, 11, 22), "22 November 2026");
    assert_eq!(es.date(2026, 11, 22), "22 de noviembre de 2026");
    assert_eq!(es.date(2027, 1, 3), "3 de enero de 2027");
}
