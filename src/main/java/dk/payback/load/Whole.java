package dk.payback.load;

import java.math.BigInteger;

/**
 * What a whole number in a case file counts, so that a message about a year or a payback speaks of
 * years, and only one about an amount speaks of kroner: "such as 1585 or -6000" mends no payback.
 */
enum Whole {
  AMOUNT(
      "amount",
      "amounts are whole thousands of kroner",
      "a plain whole number such as 1585 or -6000",
      "the amount alone, in thousands of kroner: "),
  YEAR(
      "year",
      "a year is a whole number",
      "a year in plain digits, such as 2019",
      "the year alone: "),
  PAYBACK(
      "payback",
      "the payback is in whole years",
      "a whole number of years, such as payback_years: 2",
      "the number of years alone: payback_years: "),
  PAGE(
      "page",
      "a page is a whole number",
      "the page number, such as page: 2",
      "the page number alone: page: "),
  ROW_NUMBER(
      "number",
      "a row's number is a whole number",
      "the row's number, such as number: 1",
      "the row's number alone: number: ");

  /** How messages name it: "the payback '2 år' is not a plain whole number". */
  final String noun;

  private final String whole;
  private final String plain;
  private final String alone;

  Whole(String noun, String whole, String plain, String alone) {
    this.noun = noun;
    this.whole = whole;
    this.plain = plain;
    this.alone = alone;
  }

  /** The hint for anything that is no plain whole number. */
  String plain() {
    return "write " + plain;
  }

  /** The hint for a number followed by a word, such as "2 år" or "-100 kr.". */
  String alone(String number) {
    return "write " + alone + number;
  }

  /**
   * The hint for a Danish decimal comma, such as 1500,5. The two whole numbers beside it are
   * offered, not one: which is right is the writer's to say.
   */
  String decimalComma(String written) {
    String integral = written.substring(0, written.indexOf(','));
    BigInteger down = new BigInteger(integral);
    BigInteger up =
        written.startsWith("-") ? down.subtract(BigInteger.ONE) : down.add(BigInteger.ONE);
    return whole + ": write a whole number, such as " + down + " or " + up;
  }
}
