/**
 * OSCOLA (Oxford University Standard for the Citation of Legal Authorities), footnote form, for
 * the kinds of item this archive holds: reports, news articles, web pages and its own case
 * files. Written for this archive in the Citation Style Language; single quotation marks,
 * day–month–year dates, the address in angle brackets.
 */
export const oscola = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="never" default-locale="en-US">
  <info>
    <title>OSCOLA, as used by this archive</title>
    <id>archive-oscola</id>
    <updated>2026-12-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <style-options punctuation-in-quote="false"/>
    <date form="text">
      <date-part name="day" suffix=" "/>
      <date-part name="month" suffix=" "/>
      <date-part name="year"/>
    </date>
    <terms>
      <term name="open-quote">‘</term>
      <term name="close-quote">’</term>
      <term name="open-inner-quote">“</term>
      <term name="close-inner-quote">”</term>
      <term name="section" form="short"><single>s</single><multiple>ss</multiple></term>
      <term name="paragraph" form="short"><single>para</single><multiple>paras</multiple></term>
      <term name="appendix" form="short"><single>app</single><multiple>apps</multiple></term>
      <term name="circa" form="short">c</term>
    </terms>
  </locale>
  <macro name="author"><names variable="author"><name and="text" delimiter=", "/></names></macro>
  <macro name="issued">
    <group delimiter=" ">
      <choose><if is-uncertain-date="issued"><text term="circa" form="short"/></if></choose>
      <date variable="issued" form="text"/>
    </group>
  </macro>
  <macro name="number"><group delimiter=" "><text variable="genre"/><text variable="number"/></group></macro>
  <macro name="locator"><group delimiter=" "><label variable="locator" form="short" plural="never"/><text variable="locator"/></group></macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <group delimiter=" ">
        <choose>
          <if type="report">
            <group delimiter=" ">
              <group delimiter=", ">
                <text macro="author"/>
                <text variable="title" font-style="italic"/>
              </group>
              <group prefix="(" suffix=")" delimiter=", ">
                <text macro="number"/>
                <group delimiter=" ">
                  <text variable="publisher"/>
                  <text macro="issued"/>
                </group>
              </group>
            </group>
          </if>
          <else-if type="article-newspaper">
            <group delimiter=" ">
              <group delimiter=", ">
                <text macro="author"/>
                <text variable="title" quotes="true"/>
              </group>
              <text variable="container-title" font-style="italic"/>
              <text macro="issued" prefix="(" suffix=")"/>
            </group>
          </else-if>
          <else>
            <group delimiter=" ">
              <group delimiter=", ">
                <text macro="author"/>
                <text variable="title" quotes="true"/>
              </group>
              <group prefix="(" suffix=")" delimiter=", ">
                <text variable="genre"/>
                <text variable="publisher"/>
                <text macro="issued"/>
              </group>
            </group>
          </else>
        </choose>
        <text macro="locator"/>
        <text variable="URL" prefix="&lt;" suffix="&gt;"/>
      </group>
    </layout>
  </citation>
</style>
`;
