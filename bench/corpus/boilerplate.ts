/** The site boilerplate a Sina-shaped post carries after its text: comments, the QR box, the editor line. */

export function sinaTail(qrImage: string, editor: string): string {
  return `<!-- news_keyword_pub,stock, -->

<!-- 正文下iframe -->

<!-- 正文下iframe -->

<!-- 总声明-->

<!-- 总声明-->

<!-- 文末二维码 start -->
            <style>
            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;
            .appendQr_normal&#123;float:left;&#125;
            .appendQr_normal img&#123;width:74px;&#125;
            .appendQr_normal_txt&#123;float:left;font-size:20px;line-height:74px;padding-left:20px;color:#333;&#125;
            </style>
            <div class="clearfix appendQr_wrap">
                <div class="appendQr_normal"><img src="${qrImage}" referrerpolicy="no-referrer"></div>
                <div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div>
            </div>
            <!-- 文末二维码 end -->

<!-- 编辑姓名及工作代码 -->

<p class="article-editor">责任编辑：${editor}</p>
<!-- 编辑姓名及工作代码-->

  
</div>
            `
}
